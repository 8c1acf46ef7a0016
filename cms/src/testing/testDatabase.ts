import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Payload } from 'payload'
import type { ContentChangeSettings } from '../hooks/contentAnnouncer.ts'
import type { StaffLoginSettings } from '../config/cmsEnv.ts'
import { createDatabase, dropDatabase } from '../db/databaseLifecycle.ts'
import { prepareDatabase } from '../db/prepareDatabase.ts'
import { closeCms, getCms } from '../getCms.ts'
import { DEMO_PROVINCE_CODES } from '../seed/data/localities.ts'
import { seedDemoData } from '../seed/index.ts'

export type TestDialect = 'sqlite' | 'postgres'

/** Which database the suite runs on: TEST_DATABASE=postgres, otherwise the embedded SQLite. */
export function testDialect(): TestDialect {
  return process.env.TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite'
}

/** PostgreSQL server used by tests; a throwaway database is created on it per test file. */
export const TEST_POSTGRES_SERVER = process.env.TEST_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'

/** A fresh, empty database URL of the chosen dialect, unique to this call. */
export function freshDatabaseUrl(dialect: TestDialect = testDialect()): { databaseUrl: string; cleanupDir?: string } {
  if (dialect === 'postgres') {
    return {
      databaseUrl: `${TEST_POSTGRES_SERVER}/caunoi_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`,
    }
  }
  const dir = mkdtempSync(join(tmpdir(), 'caunoi-test-'))
  return { databaseUrl: `file:${join(dir, 'caunoi.db')}`, cleanupDir: dir }
}

export type TestCms = {
  payload: Payload
  databaseUrl: string
  uploadsDir: string
  mediaDir: string
  destroy: () => Promise<void>
}

/**
 * A real Payload on a fresh database (migrated, demo data seeded unless `seed: false`) for one
 * test file; `destroy()` closes it and removes the database.
 */
export async function createTestCms(
  options: {
    seed?: boolean
    dialect?: TestDialect
    contentChanges?: ContentChangeSettings
    staffLogins?: StaffLoginSettings
  } = {},
): Promise<TestCms> {
  const { databaseUrl, cleanupDir } = freshDatabaseUrl(options.dialect)
  await createDatabase(databaseUrl)
  const uploadsDir = mkdtempSync(join(tmpdir(), 'caunoi-uploads-'))
  const mediaDir = mkdtempSync(join(tmpdir(), 'caunoi-media-'))
  const payload = await getCms({
    databaseUrl,
    secret: `test-secret-${randomBytes(16).toString('hex')}`,
    serverUrl: undefined,
    contentChanges: options.contentChanges,
    staffLogins: options.staffLogins,
    uploadsDir,
    mediaDir,
  })
  await prepareDatabase(payload, databaseUrl)
  if (options.seed !== false) await seedDemoData(payload, { quiet: true, localityProvinces: DEMO_PROVINCE_CODES })
  return {
    payload,
    databaseUrl,
    uploadsDir,
    mediaDir,
    destroy: async () => {
      await closeCms(payload)
      await dropDatabase(databaseUrl)
      rmSync(uploadsDir, { recursive: true, force: true })
      if (cleanupDir) rmSync(cleanupDir, { recursive: true, force: true })
      rmSync(mediaDir, { recursive: true, force: true })
    },
  }
}
