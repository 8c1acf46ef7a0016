import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type { TestCms } from '@caunoi/cms/testing'

const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url))

/** Runs one of the package's commands against the test database, as an editor would; never throws. */
export async function runCli(cms: TestCms, script: string, args: string[]): Promise<{ code: number; stdout: string }> {
  const path = fileURLToPath(new URL(`../src/cli/${script}`, import.meta.url))
  const env = { ...process.env, DATABASE_URL: cms.databaseUrl, PAYLOAD_SECRET: cms.payload.config.secret }
  return promisify(execFile)(tsx, [path, ...args], { env }).then(
    ({ stdout }) => ({ code: 0, stdout }),
    (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
  )
}
