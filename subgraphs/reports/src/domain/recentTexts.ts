import { compileQuery, isSqlAdapter, runQuery, type CompiledQuery, type SqlAdapter } from '@caunoi/cms'
import { and, desc, eq, gte, sql } from 'drizzle-orm'
import type { Payload } from 'payload'

export type ReportText = { id: number; content: string }

const compiled = new WeakMap<SqlAdapter, CompiledQuery>()

function compileRecentTexts(db: SqlAdapter): CompiledQuery {
  const reports = db.tables.reports!
  const query = db.drizzle
    .select({ id: reports.id!, content: reports.content! })
    .from(reports)
    .where(and(eq(reports.localityCode!, sql.placeholder('code')), gte(reports.createdAt!, sql.placeholder('since'))))
    .orderBy(desc(reports.createdAt!))
    .limit(sql.placeholder('limit'))
    .getSQL()
  return compileQuery(db, query, 'reports_recent_texts')
}

/**
 * The newest reports' texts in a locality since a moment, newest first. On the SQL adapters one
 * indexed SELECT of two columns, compiled once: Payload's `find` would walk every field of up to
 * `limit` documents on each submission; other adapters (MongoDB) go through `find`.
 */
export async function recentTexts(
  payload: Payload,
  localityCode: string,
  since: Date,
  limit: number,
): Promise<ReportText[]> {
  const db: unknown = payload.db
  if (isSqlAdapter(db)) {
    let query = compiled.get(db)
    if (!query) compiled.set(db, (query = compileRecentTexts(db)))
    const rows = await runQuery(db, query, [localityCode, since.toISOString(), limit])
    return rows.map((row) => ({ id: Number(row.id), content: String(row.content) }))
  }
  const { docs } = await payload.find({
    collection: 'reports',
    where: {
      and: [{ localityCode: { equals: localityCode } }, { createdAt: { greater_than_equal: since.toISOString() } }],
    },
    select: { content: true },
    sort: '-createdAt',
    limit,
    pagination: false,
    depth: 0,
  })
  return docs
}
