import { spawn } from 'node:child_process'
import type { JestOutcome } from './jestRuns.ts'

/** Type checks, lint and formatting (`npm run check`), counted as one check in the test summary. */
export function runStaticChecks(root: string): Promise<JestOutcome> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'check', '--silent'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('exit', (code) => {
      const ok = code === 0
      resolve({ label: 'static checks (npm run check)', passed: ok ? 1 : 0, failed: ok ? 0 : 1, ok })
    })
  })
}
