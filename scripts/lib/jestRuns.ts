import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export type JestRun = { label: string; cwd: string; env?: Record<string, string>; args?: string[] }
export type JestOutcome = { label: string; passed: number; failed: number; ok: boolean }

/** Runs one jest invocation, streaming its output, and reads its counts from jest's JSON report. */
export function runJest(root: string, run: JestRun, reportFile: string): Promise<JestOutcome> {
  const jest = join(root, 'node_modules', 'jest', 'bin', 'jest.js')
  const args = ['--experimental-vm-modules', jest, '--json', `--outputFile=${reportFile}`, ...(run.args ?? [])]
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      cwd: run.cwd,
      env: { ...process.env, ...run.env },
      stdio: ['ignore', 'inherit', 'inherit'],
    })
    child.on('exit', (code) => {
      if (!existsSync(reportFile)) return resolve({ label: run.label, passed: 0, failed: 1, ok: false })
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as {
        numPassedTests: number
        numFailedTests: number
        numRuntimeErrorTestSuites: number
        success: boolean
      }
      const failed = report.numFailedTests + report.numRuntimeErrorTestSuites
      resolve({
        label: run.label,
        passed: report.numPassedTests,
        failed,
        ok: code === 0 && report.success && failed === 0,
      })
    })
  })
}
