import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import { ConfigError } from '@caunoi/platform'
import type { DatabaseAdapterObj } from 'payload'

const here = dirname(fileURLToPath(import.meta.url))

export type Dialect = 'sqlite' | 'postgres' | 'mongodb'

export function dialectOf(databaseUrl: string): Dialect {
  if (databaseUrl.startsWith('file:')) return 'sqlite'
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) return 'postgres'
  if (/^mongodb(\+srv)?:\/\//.test(databaseUrl)) return 'mongodb'
  throw new ConfigError(
    `DATABASE_URL: unsupported scheme in ${JSON.stringify(databaseUrl)} (use file:, postgres:// or mongodb://)`,
  )
}

/** Where each SQL dialect keeps its Payload migrations (they differ in SQL, so one folder each). */
export function migrationDirFor(dialect: 'sqlite' | 'postgres'): string {
  return join(here, '..', 'migrations', dialect)
}

/**
 * DATABASE_URL picks the adapter (ARCHITECTURE.md). Schemas are never pushed implicitly:
 * SQL databases are created by committed migrations, applied by `npm run db:setup`.
 */
export function databaseAdapterFor(databaseUrl: string): DatabaseAdapterObj {
  switch (dialectOf(databaseUrl)) {
    case 'sqlite':
      return sqliteAdapter({
        client: { url: databaseUrl },
        push: false,
        migrationDir: migrationDirFor('sqlite'),
        // The admin and the subgraphs are separate processes on one file: WAL lets readers
        // proceed during a write, and the busy timeout makes writers queue instead of failing.
        // NORMAL is SQLite's advice for WAL: never corrupts, may lose the last commits on power
        // loss, and makes imports ~2.3× faster than FULL (one fsync per checkpoint, not per commit).
        wal: { synchronous: 'NORMAL' },
        busyTimeout: 10_000,
        // No transactionOptions: libsql opens each transaction on a fresh connection without the
        // busy timeout, so concurrent writers fail with SQLITE_BUSY. Multi-table writes are
        // therefore not atomic on SQLite (the embedded default); PostgreSQL runs them in transactions.
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: databaseUrl, max: 10 },
        push: false,
        migrationDir: migrationDirFor('postgres'),
      })
    case 'mongodb':
      // Configuration only: no MongoDB server is available to test against (see README).
      return mongooseAdapter({ url: databaseUrl })
  }
}
