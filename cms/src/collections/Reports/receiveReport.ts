import { createHash, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'
import { sql, type SQL } from 'drizzle-orm'
import { isSqlAdapter, runQuery, uniqueViolationOf, type SqlAdapter } from '../../db/sqlAdapter.ts'
import type { Report } from '../../payload-types.ts'
import { protectedIdentity, protectedPlace } from './hooks/protectPersonalData.ts'
import type { ReportType } from './options.ts'
import { statusChangedEvent } from './statusEvent.ts'

/** A citizen's report as the reports service hands it over: validated, routed, not yet stored. */
export type NewReport = {
  trackingCode: string
  type: ReportType
  /** From reportDueAt, with the settings' deadlines. */
  dueAt: string
  unit: number
  possibleDuplicates: number[]
  locality: number
  localityCode: string
  provinceCode: string
  title: string | null
  content: string
  occurredAt: string | null
  place: string | null
  vehiclePlate: string | null
  anonymous: boolean
  attachments: number[]
  reporter: { name: string; phone: string; idNumber: string | null; email: string | null } | null
  reporterPhoneHash: string | null
  idempotencyKey: string | null
  requestFingerprint: string
}

/** What the sender is told once the report is stored. */
export type ReceivedReport = Pick<
  Report,
  | 'id'
  | 'trackingCode'
  | 'type'
  | 'status'
  | 'title'
  | 'localityCode'
  | 'timeline'
  | 'answer'
  | 'answeredAt'
  | 'createdAt'
  | 'unit'
  | 'dueAt'
  | 'resolvedAt'
>

/** A unique key of the new report is already taken: a concurrent retry, or a tracking code clash. */
export class ReportKeyTaken extends Error {
  constructor(readonly key: 'trackingCode' | 'idempotencyKey') {
    super(`${key} already taken`)
    this.name = 'ReportKeyTaken'
  }
}

const KEY_OF_COLUMN = { tracking_code: 'trackingCode', idempotency_key: 'idempotencyKey' } as const

/** Payload reports a unique index violation as a ValidationError naming the field. */
function keyTakenInPayload(error: unknown): ReportKeyTaken | null {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return null
  const errors = (error as { data?: { errors?: { path?: string | null }[] } }).data?.errors ?? []
  for (const { path } of errors) {
    const key = path?.replace(/_/g, '').toLowerCase()
    if (key === 'trackingcode') return new ReportKeyTaken('trackingCode')
    if (key === 'idempotencykey') return new ReportKeyTaken('idempotencyKey')
  }
  return null
}

/**
 * Stores a new citizen's report with its first timeline step and its outbox event, in one
 * transaction, exactly as creating it through the collection would (identity and a tipster's place encrypted, a `report.status_changed` event). On the SQL adapters it
 * writes the rows itself: the Local API's create walks every field's hooks and reads the document
 * back, several times the cost of the write on the platform's busiest write path (`bench:reports`).
 * Other adapters (MongoDB) go through `payload.create`. Throws ReportKeyTaken on a unique clash.
 */
export async function receiveReport(payload: Payload, report: NewReport, receivedAt: Date): Promise<ReceivedReport> {
  const db: unknown = payload.db
  try {
    return isSqlAdapter(db)
      ? await insertReport(payload, db, report, receivedAt)
      : await receiveReportWithLocalApi(payload, report, receivedAt)
  } catch (error) {
    const column = uniqueViolationOf(error, 'reports') as keyof typeof KEY_OF_COLUMN | null
    if (column && KEY_OF_COLUMN[column]) throw new ReportKeyTaken(KEY_OF_COLUMN[column])
    throw keyTakenInPayload(error) ?? error
  }
}

/** Array rows carry a 24-hex-digit id, as Payload gives them. */
const arrayRowId = () => randomBytes(12).toString('hex')

type Row = Record<string, unknown>
/** The rows of one new report; each child row gets the report's id as `parentKey` once known. */
type ReportRows = { report: Row; children: { table: string; parentKey: string; rows: Row[] }[] }

function rowsOf(secret: string, report: NewReport, at: string, step: Row): ReportRows {
  const reporter = report.reporter ? protectedIdentity(secret, report.reporter) : null
  return {
    report: {
      trackingCode: report.trackingCode,
      type: report.type,
      status: 'RECEIVED',
      unit: report.unit,
      dueAt: report.dueAt,
      locality: report.locality,
      localityCode: report.localityCode,
      provinceCode: report.provinceCode,
      title: report.title,
      content: report.content,
      occurredAt: report.occurredAt,
      place: protectedPlace(secret, report.type, report.place),
      vehiclePlate: report.vehiclePlate,
      anonymous: report.anonymous,
      reporter_name: reporter?.name ?? null,
      reporter_phone: reporter?.phone ?? null,
      reporter_idNumber: reporter?.idNumber ?? null,
      reporter_email: reporter?.email ?? null,
      publishable: false,
      reporterPhoneHash: report.reporterPhoneHash,
      idempotencyKey: report.idempotencyKey,
      requestFingerprint: report.requestFingerprint,
      createdAt: at,
      updatedAt: at,
    },
    children: [
      { table: 'reports_timeline', parentKey: '_parentID', rows: [{ _order: 1, actor: null, ...step }] },
      {
        table: 'reports_rels',
        parentKey: 'parent',
        rows: [
          ...report.possibleDuplicates.map((reportsID, i) => ({ path: 'possibleDuplicates', order: i + 1, reportsID })),
          ...report.attachments.map((id, i) => ({ path: 'attachments', order: i + 1, reportAttachmentsID: id })),
        ],
      },
      {
        table: 'outbox_events',
        parentKey: '',
        rows: [{ ...statusChangedEvent({ ...report, status: 'RECEIVED' }, null, at), createdAt: at, updatedAt: at }],
      },
    ],
  }
}

/** The child rows that are to be written, each pointing at its parent through `parentId` (SQL). */
const childRowsWith = (rows: ReportRows, parentId: SQL) =>
  rows.children
    .filter((child) => child.rows.length > 0)
    .map((child) => ({
      table: child.table,
      rows: child.rows.map((row) => (child.parentKey ? { ...row, [child.parentKey]: parentId } : row)),
    }))

/** Reports with up to this many child rows (a few duplicates and photos) use named prepared statements. */
const PREPARED_UP_TO_ROWS = 8

/**
 * PostgreSQL: one statement (data-modifying CTEs), so one round trip and atomic by itself; the
 * child rows read the new id from the report's RETURNING. The text is written here rather than
 * built by drizzle on each call (that was most of a submission's CPU); it depends only on which
 * child rows there are, so the usual ones are named prepared statements.
 */
async function insertInOneStatement(db: SqlAdapter, rows: ReportRows): Promise<number> {
  const values: unknown[] = []
  const parentId = sql`(select id from new_report)`
  const insert = (tableName: string, tableRows: Row[]) => {
    const table = db.tables[tableName]!
    const keys = [...new Set(tableRows.flatMap((row) => Object.keys(row)))]
    const tuples = tableRows.map((row) => {
      const placeholders = keys.map((key) => {
        const value = row[key]
        if (value === parentId) return '(select id from new_report)'
        values.push(value === null || value === undefined ? null : table[key]!.mapToDriverValue(value))
        return `$${values.length}`
      })
      return `(${placeholders.join(', ')})`
    })
    const columns = keys.map((key) => `"${table[key]!.name}"`).join(', ')
    return `insert into "${tableName}" (${columns}) values ${tuples.join(', ')}`
  }
  const children = childRowsWith(rows, parentId)
  const text = [
    `with new_report as (${insert('reports', [rows.report])} returning id)`,
    ...children.map((child, i) => `, child_${i} as (${insert(child.table, child.rows)})`),
    ' select id from new_report',
  ].join('')
  const childRows = children.reduce((sum, child) => sum + child.rows.length, 0)
  // Named by the text itself: the same name must never stand for two texts.
  const name =
    childRows <= PREPARED_UP_TO_ROWS
      ? `receive_report_${createHash('sha1').update(text).digest('hex').slice(0, 16)}`
      : undefined
  const [row] = await runQuery(db, { text, name }, values)
  return Number(row!.id)
}

/**
 * SQLite: the same rows in one batch, which libsql runs as one transaction on Payload's own
 * connection (the one with the busy timeout: a separate transaction connection would fail with
 * SQLITE_BUSY under concurrent writers). Child rows find their parent by its unique tracking code.
 */
async function insertInBatch(db: SqlAdapter, rows: ReportRows): Promise<number> {
  const reports = db.tables.reports!
  const parentId = sql`(select ${reports.id} from ${reports} where ${reports.trackingCode} = ${rows.report.trackingCode})`
  const [[inserted]] = await db.drizzle.batch([
    db.drizzle.insert(reports).values(rows.report).returning({ id: reports.id }),
    ...childRowsWith(rows, parentId).map((child) => db.drizzle.insert(db.tables[child.table]).values(child.rows)),
  ])
  return inserted.id as number
}

async function insertReport(
  payload: Payload,
  db: SqlAdapter,
  report: NewReport,
  receivedAt: Date,
): Promise<ReceivedReport> {
  const at = receivedAt.toISOString()
  const step = { id: arrayRowId(), status: 'RECEIVED' as const, at, note: null }
  const rows = rowsOf(payload.config.secret, report, at, step)
  const id = db.name === 'postgres' ? await insertInOneStatement(db, rows) : await insertInBatch(db, rows)
  return {
    id,
    trackingCode: report.trackingCode,
    type: report.type,
    status: 'RECEIVED',
    title: report.title,
    localityCode: report.localityCode,
    timeline: [step],
    answer: null,
    answeredAt: null,
    createdAt: at,
    unit: report.unit,
    dueAt: report.dueAt,
    resolvedAt: null,
  }
}

/** The collection's own create: the path for other adapters, and the reference the SQL path must match. */
export async function receiveReportWithLocalApi(
  payload: Payload,
  report: NewReport,
  receivedAt: Date,
): Promise<ReceivedReport> {
  const { reporter, reporterPhoneHash, ...rest } = report
  return payload.create({
    collection: 'reports',
    data: {
      ...rest,
      status: 'RECEIVED',
      // An anonymous tip carries no identity at all, not even a hash of a phone.
      ...(reporter ? { reporter, reporterPhoneHash } : {}),
      timeline: [{ status: 'RECEIVED', at: receivedAt.toISOString() }],
      // Receipt time from the same clock as the deadline, so resolution times and periods agree.
      createdAt: receivedAt.toISOString(),
    },
    // The clock goes to the hooks too: the deadline and the outbox event use the same "now".
    context: { now: receivedAt },
    depth: 0,
  })
}
