import type { Migration, Payload } from 'payload'
import { dialectOf } from './databaseAdapter.ts'

/**
 * Brings the schema up to date by applying the committed migrations of the current dialect.
 * Idempotent: applied migrations are recorded by Payload and skipped.
 */
export async function prepareDatabase(payload: Payload, databaseUrl: string): Promise<void> {
  const dialect = dialectOf(databaseUrl)
  if (dialect === 'mongodb') return // schemaless; Mongoose builds its indexes itself
  const { migrations } =
    dialect === 'postgres'
      ? await import('../migrations/postgres/index.ts')
      : await import('../migrations/sqlite/index.ts')
  // Generated migration modules type their arguments per adapter; Payload's list type is generic.
  await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
}
