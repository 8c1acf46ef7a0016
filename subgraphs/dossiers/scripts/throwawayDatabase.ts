import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { closeCms, createDatabase, dropDatabase, getCms, prepareDatabase, seedDemoData } from '@caunoi/cms'
import { freshDatabaseUrl } from '@caunoi/cms/testing'

/** A migrated, demo-seeded database of the test dialect, with the secret its processes must share. */
export async function createThrowawayDatabase() {
  const { databaseUrl, cleanupDir } = freshDatabaseUrl()
  const secret = `bench-${randomBytes(16).toString('hex')}`
  await createDatabase(databaseUrl)
  const uploadsDir = mkdtempSync(join(tmpdir(), 'caunoi-bench-uploads-'))
  const payload = await getCms({ databaseUrl, secret, serverUrl: undefined, uploadsDir })
  try {
    await prepareDatabase(payload, databaseUrl)
    await seedDemoData(payload, { quiet: true })
  } finally {
    await closeCms(payload)
  }
  return {
    databaseUrl,
    secret,
    dialect: databaseUrl.startsWith('file:') ? 'SQLite' : 'PostgreSQL',
    drop: async () => {
      await dropDatabase(databaseUrl)
      if (cleanupDir) rmSync(cleanupDir, { recursive: true, force: true })
      rmSync(uploadsDir, { recursive: true, force: true })
    },
  }
}
