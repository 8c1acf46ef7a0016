import type { AnyColumn, SQL } from 'drizzle-orm'

type Columns = Record<string, AnyColumn>

/**
 * Payload's SQL adapters (SQLite and PostgreSQL) expose their drizzle instance and tables. The
 * drizzle database types of the two dialects are unrelated, and callers make only builder calls
 * both share, so the instance is typed loosely.
 */
export type SqlAdapter = {
  name: string
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  drizzle: any
  tables: Record<string, Columns>
  /** PostgreSQL: node-postgres's pool. */
  pool?: { query: (query: { name?: string; text: string; values: unknown[] }) => Promise<{ rows: Row[] }> }
  /** SQLite: the libsql client Payload's statements run on (with its busy timeout). */
  client?: { execute: (query: { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }> }
}

type Row = Record<string, unknown>

export const isSqlAdapter = (db: unknown): db is SqlAdapter =>
  typeof db === 'object' && db !== null && 'drizzle' in db && 'tables' in db

/**
 * The column a unique index refused, from either driver's error (or the error it caused): PostgreSQL
 * names the index (`reports_tracking_code_idx`), SQLite the column (`reports.tracking_code`).
 */
export function uniqueViolationOf(error: unknown, table: string): string | null {
  // Duck-typed: driver errors may come from another realm (jest's VM), where `instanceof Error` fails.
  type DriverError = { code?: unknown; constraint?: unknown; message?: unknown; cause?: unknown }
  for (let e = error as DriverError | undefined; e && typeof e === 'object'; e = e.cause as DriverError | undefined) {
    if (e.code === '23505' && typeof e.constraint === 'string') {
      return e.constraint.replace(new RegExp(`^${table}_`), '').replace(/_idx$/, '')
    }
    const sqlite = /UNIQUE constraint failed: (\w+)\.(\w+)/.exec(String(e.message))
    if (sqlite && sqlite[1] === table) return sqlite[2]!
  }
  return null
}

/**
 * SQL text for the adapter's driver, placeholders numbered in order ($1… on PostgreSQL, ? on
 * SQLite). `name` makes it a prepared statement on PostgreSQL, parsed and planned once per pooled
 * connection; each name must always stand for the same text.
 */
export type CompiledQuery = { text: string; name?: string }

/**
 * A drizzle SQL query as the driver's text. Drizzle rebuilds the text from its chunks on every
 * execution, which costs more CPU than the round trip, so hot paths compile once (compiledOnce)
 * and pass values by position.
 */
function compileQuery(db: SqlAdapter, query: SQL, name?: string): CompiledQuery {
  return { text: db.drizzle.dialect.sqlToQuery(query).sql, name }
}

const compiledByAdapter = new WeakMap<SqlAdapter, Map<string, CompiledQuery>>()

/**
 * The prepared statement `name` on this adapter, compiled from `build` the first time it is asked
 * for: the one way hot paths keep a query compiled across requests.
 */
export function compiledOnce(db: SqlAdapter, name: string, build: (db: SqlAdapter) => SQL): CompiledQuery {
  let compiled = compiledByAdapter.get(db)
  if (!compiled) compiledByAdapter.set(db, (compiled = new Map()))
  let query = compiled.get(name)
  if (!query) compiled.set(name, (query = compileQuery(db, build(db), name)))
  return query
}

/** Runs compiled SQL with its values by position and returns the rows as plain objects. */
export async function runQuery(db: SqlAdapter, query: CompiledQuery, values: unknown[] = []): Promise<Row[]> {
  if (db.pool) return (await db.pool.query({ name: query.name, text: query.text, values })).rows
  return (await db.client!.execute({ sql: query.text, args: values })).rows
}
