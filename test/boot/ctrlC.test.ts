import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it } from '@jest/globals'
import { findRepoRoot } from '@caunoi/platform'

const root = findRepoRoot()
const scratch = mkdtempSync(join(tmpdir(), 'caunoi-ctrlc-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

// A start script whose event loop is busy when Ctrl-C comes, as `npm start` is while it relays the
// output of six services stopping on a loaded machine.
const BUSY_SCRIPT = `
process.on('SIGINT', () => { console.log('stopping services'); process.exit(0) })
setInterval(() => { const until = Date.now() + 400; while (Date.now() < until); }, 1)
console.log('running')
`

it('runs the start script so that Ctrl-C reaches its handler even while its event loop is busy', async () => {
  const scripts = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts as Record<string, string>
  const launcher = scripts.start!.replace(/\s*scripts\/start\.ts$/, '')
  expect(launcher).not.toBe(scripts.start)
  const script = join(scratch, 'busyStart.ts')
  writeFileSync(script, BUSY_SCRIPT)

  // The same launch `npm start` uses, in its own process group so the test can signal it as a terminal would.
  const child = spawn('sh', ['-c', `${launcher} "$0"`, script], {
    cwd: root,
    detached: true,
    stdio: 'pipe',
    env: { ...process.env, PATH: `${join(root, 'node_modules', '.bin')}:${process.env.PATH}` },
  })
  let output = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  const closed = new Promise<void>((resolve) => child.on('close', () => resolve()))
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the script did not start:\n${output}`)), 30_000)
      child.stdout.on('data', () => output.includes('running') && (clearTimeout(timer), resolve()))
    })
    process.kill(-child.pid!, 'SIGINT')
    await closed
  } finally {
    if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL')
  }
  expect(output).toContain('stopping services')
}, 60_000)
