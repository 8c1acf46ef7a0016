import { asc, eq, inArray, sql, type AnyColumn } from 'drizzle-orm'
import { isSqlAdapter, type SqlAdapter } from '@caunoi/cms'
import type { Payload } from 'payload'
import { DOSSIER_FOR_APPLICANT_SELECT, type DossierForApplicant } from './publicDossier.ts'
import { preparedSqliteSelect, sqliteFileOf } from './sqliteStatement.ts'

export type ReadDossiersForApplicant = (codes: readonly string[]) => Promise<(DossierForApplicant | null)[]>

type Row = {
  id: number
  code: string
  procedureCode: string
  unit: number
  status: DossierForApplicant['status']
  submittedAt: string
  dueAt: string
  completedAt: string | null
  open: boolean | null
  delivery: NonNullable<DossierForApplicant['result']>['delivery']
  place: string | null
  availableFrom: string | null
  applicantPhoneHash: string | null
  applicantIdHash: string | null
  stepId: string | null
  stepStatus: NonNullable<DossierForApplicant['timeline']>[number]['status'] | null
  stepAt: string | null
  stepNote: string | null
}

// SQLite keeps ISO text, PostgreSQL answers "2026-11-25 15:02:39.144+00": both become ISO, as Payload does.
const isoDate = (value: string | null) => (value === null ? null : new Date(value).toISOString())

/** Folds the joined rows (one per timeline step, in step order) into documents shaped as Payload's. */
function toDossiers(rows: readonly Row[]): Map<string, DossierForApplicant> {
  const byCode = new Map<string, DossierForApplicant>()
  for (const row of rows) {
    let dossier = byCode.get(row.code)
    if (!dossier) {
      dossier = {
        id: row.id,
        code: row.code,
        procedureCode: row.procedureCode,
        unit: row.unit,
        status: row.status,
        submittedAt: isoDate(row.submittedAt)!,
        dueAt: isoDate(row.dueAt)!,
        completedAt: isoDate(row.completedAt),
        open: row.open,
        timeline: [],
        result: { delivery: row.delivery, place: row.place, availableFrom: isoDate(row.availableFrom) },
        applicantPhoneHash: row.applicantPhoneHash,
        applicantIdHash: row.applicantIdHash,
      }
      byCode.set(row.code, dossier)
    }
    if (row.stepId !== null) {
      dossier.timeline!.push({ id: row.stepId, status: row.stepStatus!, at: isoDate(row.stepAt)!, note: row.stepNote })
    }
  }
  return byCode
}

/** Reads dossiers by code, in the order asked for (null for unknown codes); `close` frees its connection. */
export type DossiersForApplicantReader = { read: ReadDossiersForApplicant; close: () => void }

/**
 * Reads dossiers by code for the public lookup, the platform's hottest path: one prepared SQL
 * statement (dossier joined with its timeline) instead of Payload's `find`, whose query building and
 * field traversal cost several times the read itself. It reads only the public fields and the
 * verifier hashes, and returns what `find` with DOSSIER_FOR_APPLICANT_SELECT returns (the collection
 * has no read hooks on those fields); other adapters (MongoDB) go through `find`.
 */
export function createDossiersForApplicantReader(payload: Payload): DossiersForApplicantReader {
  const db: unknown = payload.db
  if (!isSqlAdapter(db)) return { read: readThroughPayload(payload), close: () => {} }

  const dossiers = db.tables.dossiers!
  const steps = db.tables.dossiers_timeline!
  const selection: Record<keyof Row, AnyColumn> = {
    id: dossiers.id!,
    code: dossiers.code!,
    procedureCode: dossiers.procedureCode!,
    unit: dossiers.unit!,
    status: dossiers.status!,
    submittedAt: dossiers.submittedAt!,
    dueAt: dossiers.dueAt!,
    completedAt: dossiers.completedAt!,
    open: dossiers.open!,
    delivery: dossiers.result_delivery!,
    place: dossiers.result_place!,
    availableFrom: dossiers.result_availableFrom!,
    applicantPhoneHash: dossiers.applicantPhoneHash!,
    applicantIdHash: dossiers.applicantIdHash!,
    stepId: steps.id!,
    stepStatus: steps.status!,
    stepAt: steps.at!,
    stepNote: steps.note!,
  }
  const selectRows = () =>
    db.drizzle.select(selection).from(dossiers).leftJoin(steps, eq(steps._parentID!, dossiers.id!))
  const readMany = async (codes: readonly string[]): Promise<Row[]> =>
    selectRows()
      .where(inArray(dossiers.code!, [...codes]))
      .orderBy(asc(dossiers.id!), asc(steps._order!))
  const oneQuery = selectRows()
    .where(eq(dossiers.code!, sql.placeholder('code')))
    .orderBy(asc(steps._order!))
  const one = preparedReadOne(db, oneQuery, selection)

  return {
    read: async (codes) => {
      const byCode = toDossiers(codes.length === 1 ? await one.read(codes[0]!) : await readMany(codes))
      return codes.map((code) => byCode.get(code) ?? null)
    },
    close: one.close,
  }
}

/**
 * The one-code query, built once. SQLite: on its own connection with the statement prepared once
 * (see sqliteStatement.ts), its values decoded by the columns as drizzle would; PostgreSQL: a named
 * prepared statement, which node-postgres prepares once per pooled connection.
 */
function preparedReadOne(
  db: SqlAdapter,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  query: any,
  selection: Record<keyof Row, AnyColumn>,
): { read: (code: string) => Promise<Row[]>; close: () => void } {
  const file = sqliteFileOf(db)
  if (file) {
    const statement = preparedSqliteSelect(file, query.toSQL().sql)
    const fields = Object.entries(selection)
    const toRow = (values: unknown[]) =>
      Object.fromEntries(
        fields.map(([key, column], index) => {
          const value = values[index]
          return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)]
        }),
      ) as Row
    return { read: async (code) => statement.all(code).map(toRow), close: statement.close }
  }
  const prepared = db.name === 'postgres' ? query.prepare('dossier_for_applicant') : query.prepare()
  return { read: (code) => prepared.execute({ code }), close: () => {} }
}

function readThroughPayload(payload: Payload): ReadDossiersForApplicant {
  return async (codes) => {
    const { docs } = await payload.find({
      collection: 'dossiers',
      where: { code: { in: [...codes] } },
      select: DOSSIER_FOR_APPLICANT_SELECT,
      pagination: false,
      depth: 0,
    })
    const byCode = new Map(docs.map((doc) => [doc.code, doc as DossierForApplicant]))
    return codes.map((code) => byCode.get(code) ?? null)
  }
}
