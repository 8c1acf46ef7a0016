import { compiledOnce, isSqlAdapter, runQuery, type SqlAdapter } from '@caunoi/cms'
import { sharedFreshReads } from '@caunoi/platform'
import { and, desc, eq, gte, sql, type SQL } from 'drizzle-orm'
import type { Payload } from 'payload'

export type ReportText = { id: number; content: string }

function recentTextsSql(db: SqlAdapter): SQL {
  const reports = db.tables.reports!
  return db.drizzle
    .select({ id: reports.id!, content: reports.content! })
    .from(reports)
    .where(and(eq(reports.localityCode!, sql.placeholder('code')), gte(reports.createdAt!, sql.placeholder('since'))))
    .orderBy(desc(reports.createdAt!))
    .limit(sql.placeholder('limit'))
    .getSQL()
}

type TextsRequest = { localityCode: string; since: string; limit: number }

/** Per adapter, the reads that submissions arriving together share. */
const readers = new WeakMap<SqlAdapter, (request: TextsRequest) => Promise<ReportText[]>>()

function sqlReader(db: SqlAdapter): (request: TextsRequest) => Promise<ReportText[]> {
  let reader = readers.get(db)
  if (!reader) {
    const query = compiledOnce(db, 'reports_recent_texts', recentTextsSql)
    reader = sharedFreshReads(
      async ({ localityCode, since, limit }: TextsRequest) => {
        const rows = await runQuery(db, query, [localityCode, since, limit])
        return rows.map((row) => ({ id: Number(row.id), content: String(row.content) }))
      },
      ({ localityCode, since, limit }) => `${localityCode}|${since}|${limit}`,
    )
    readers.set(db, reader)
  }
  return reader
}

/**
 * The newest reports' texts in a locality since a moment (taken to the whole second), newest
 * first; callers share the answer and must not change it. On the SQL adapters one indexed SELECT
 * of two columns, compiled once and shared by the submissions of a locality that arrive together
 * (see sharedFreshReads): Payload's `find` would walk every field of up to `limit` documents on
 * each submission. Other adapters (MongoDB) go through `find`.
 */
export async function recentTexts(
  payload: Payload,
  localityCode: string,
  since: Date,
  limit: number,
): Promise<readonly ReportText[]> {
  const db: unknown = payload.db
  const second = new Date(Math.floor(since.getTime() / 1000) * 1000).toISOString()
  if (isSqlAdapter(db)) return sqlReader(db)({ localityCode, since: second, limit })
  const { docs } = await payload.find({
    collection: 'reports',
    where: {
      and: [{ localityCode: { equals: localityCode } }, { createdAt: { greater_than_equal: second } }],
    },
    select: { content: true },
    sort: '-createdAt',
    limit,
    pagination: false,
    depth: 0,
  })
  return docs
}
