import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createProgress } from '@caunoi/cms'
import { findRepoRoot } from '@caunoi/platform'

const here = dirname(fileURLToPath(import.meta.url))
const tsx = join(findRepoRoot(here), 'node_modules', '.bin', 'tsx')

/**
 * The SQLite driver (libsql 0.4) keeps ~4 KB of native memory per statement for the life of the
 * process, ~70 KB per imported row through Payload: 100,000 rows in one process would take ~7 GB.
 * So large loads run in chunks, each in a fresh process, one after the other.
 */
export const ROWS_PER_PROCESS = 20_000

function importChunk(env: NodeJS.ProcessEnv, first: number, count: number, onRows: (n: number) => void) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(tsx, [join(here, 'importChunk.ts'), String(first), String(count)], {
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const match of chunk.matchAll(/^imported (\d+)$/gm)) onRows(Number(match[1]))
    })
    child.on('error', reject)
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`import chunk at ${first} failed (${code})`)),
    )
  })
}

/** Imports `count` synthetic dossiers into a prepared, seeded database; resolves with the seconds it took. */
export async function loadSyntheticDossiers(databaseUrl: string, secret: string, count: number): Promise<number> {
  const env = { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret, LOG_LEVEL: 'warn' }
  const progress = createProgress('dossiers', count)
  const startedAt = performance.now()
  for (let first = 0; first < count; first += ROWS_PER_PROCESS) {
    await importChunk(env, first, Math.min(ROWS_PER_PROCESS, count - first), (n) => progress.tick(n))
  }
  progress.finish()
  return (performance.now() - startedAt) / 1000
}
