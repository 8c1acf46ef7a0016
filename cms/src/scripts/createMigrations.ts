// `npm run db:migration -- <name>`: writes a migration for each SQL dialect from the current
// collections, each against a throwaway database, so SQLite and PostgreSQL never drift apart.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDatabase, dropDatabase } from '../db/databaseLifecycle.ts'

const name = process.argv[2]
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npm run db:migration -- <name_in_snake_case>')
  process.exit(1)
}
const server = process.env.MIGRATION_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'
const dir = mkdtempSync(join(tmpdir(), 'caunoi-migration-'))
const targets = [
  { dialect: 'sqlite', url: `file:${join(dir, 'migration.db')}` },
  { dialect: 'postgres', url: `${server}/caunoi_migration_${Date.now().toString(36)}` },
]
try {
  for (const target of targets) {
    console.log(`Creating ${target.dialect} migration "${name}"`)
    await createDatabase(target.url)
    // Bring the throwaway database to the latest committed migration, then diff against the config.
    const env = { ...process.env, DATABASE_URL: target.url, PAYLOAD_CONFIG_PATH: 'src/payload.config.ts' }
    execFileSync('npx', ['payload', 'migrate'], { env, stdio: 'inherit' })
    execFileSync('npx', ['payload', 'migrate:create', name], { env, stdio: 'inherit' })
    await dropDatabase(target.url)
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
