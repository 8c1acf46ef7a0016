import { fileURLToPath } from 'node:url'
import Database from 'libsql'

/** The file of Payload's SQLite database, or null for other adapters and in-memory databases. */
export function sqliteFileOf(db: unknown): string | null {
  const url = (db as { name?: string; clientConfig?: { url?: unknown } }).clientConfig?.url
  if ((db as { name?: string }).name !== 'sqlite' || typeof url !== 'string' || !url.startsWith('file:')) return null
  if (url.includes(':memory:') || url.includes('?')) return null
  return url.startsWith('file://') ? fileURLToPath(url) : url.slice('file:'.length)
}

/**
 * One read-only SELECT prepared once on its own connection to the SQLite file. Payload's client
 * (libsql 0.4) prepares every statement anew and keeps ~17 KB of native memory per execution for the
 * life of the process: at peak lookup rates that is gigabytes within minutes, and most of the CPU.
 * WAL mode (Payload's default) lets this connection read while Payload writes.
 */
export function preparedSqliteSelect(file: string, sql: string) {
  const connection = new Database(file)
  // Nothing but this SELECT runs here; the pragma makes a mistake fail rather than write.
  connection.exec('PRAGMA query_only = ON')
  const statement = connection.prepare(sql).raw(true)
  return {
    all: (...params: unknown[]) => statement.all(...params) as unknown[][],
    close: () => connection.close(),
  }
}
