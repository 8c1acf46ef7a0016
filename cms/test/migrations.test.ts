import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createTestCms, testDialect, type TestCms } from '../src/testing/index.ts'
import { migrationDirFor } from '../src/db/databaseAdapter.ts'

let cms: TestCms

beforeAll(async () => {
  cms = await createTestCms({ seed: false })
}, 60_000)

afterAll(async () => {
  await cms?.destroy()
})

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<{ version: string }>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
  upSnapshot?: (snapshot: unknown) => unknown
}

it('has committed migrations that match the collections (run `npm run db:migration -w @caunoi/cms -- <name>` if not)', async () => {
  const db = cms.payload.db as unknown as { schema: unknown; requireDrizzleKit: () => DrizzleKit }
  const kit = db.requireDrizzleKit()
  const current = await kit.generateDrizzleJson(db.schema)
  const dir = migrationDirFor(testDialect())
  const latest = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .at(-1)
  expect(latest).toBeDefined()
  let committed = JSON.parse(readFileSync(join(dir, latest!), 'utf8')) as { version: string }
  if (kit.upSnapshot && committed.version < current.version)
    committed = kit.upSnapshot(committed) as { version: string }
  expect(await kit.generateMigration(committed, current)).toEqual([])
})
