import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'
import { freePort } from './freePort.ts'

export type BootedPlatform = {
  ports: Record<'cms' | 'gateway' | 'metrics' | 'content' | 'reports' | 'dossiers' | 'quizzes', number>
  /** The pid of `npm start` itself; its services are among its descendants. */
  pid: number
  output: () => string
  waitForOutput: (pattern: RegExp, timeoutMs: number) => Promise<void>
  /** Sends a signal to the whole process group, as a terminal's Ctrl-C does. */
  signal: (signal: NodeJS.Signals) => void
  stop: () => Promise<void>
}

/**
 * Boots the platform exactly as the README tells a new user (`npm start`), on free ports and a
 * throwaway SQLite file so it never collides with a developer's own running copy.
 */
export async function bootWithNpmStart(readyTimeoutMs = 540_000): Promise<BootedPlatform> {
  const dataDir = mkdtempSync(join(tmpdir(), 'caunoi-boot-'))
  const ports = {
    cms: await freePort(),
    gateway: await freePort(),
    metrics: await freePort(),
    content: await freePort(),
    reports: await freePort(),
    dossiers: await freePort(),
    quizzes: await freePort(),
  }
  let output = ''
  // As in a user's shell: jest sets NODE_ENV=test, which would keep `next start` out of production mode.
  // (Next's types declare NODE_ENV as always set, hence the cast.)
  const userEnv = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV'),
  ) as NodeJS.ProcessEnv
  const child: ChildProcess = spawn('npm', ['start'], {
    cwd: findRepoRoot(),
    detached: true,
    env: {
      ...userEnv,
      DATABASE_URL: `file:${join(dataDir, 'caunoi.db')}`,
      MEDIA_DIR: join(dataDir, 'media'),
      PAYLOAD_SECRET: 'boot-test-secret-0123456789abcdef0123456789',
      CMS_PORT: String(ports.cms),
      GATEWAY_PORT: String(ports.gateway),
      METRICS_PORT: String(ports.metrics),
      CONTENT_PORT: String(ports.content),
      REPORTS_PORT: String(ports.reports),
      DOSSIERS_PORT: String(ports.dossiers),
      QUIZZES_PORT: String(ports.quizzes),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))

  const waitForOutput = (pattern: RegExp, timeoutMs: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`npm start did not print ${pattern} in time:\n${output.slice(-3000)}`)),
        timeoutMs,
      )
      const check = () => {
        if (pattern.test(output)) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout?.on('data', check)
      // 'close' waits for every process writing to the pipes (the start script outlives npm on Ctrl-C).
      child.on('close', (code) => {
        if (pattern.test(output)) return check()
        clearTimeout(timer)
        reject(new Error(`npm start exited (${code}) before printing ${pattern}:\n${output.slice(-3000)}`))
      })
      child.stderr?.on('data', check)
      check()
    })

  // Ctrl-C first: the start script stops its services (each in its own process group), which a
  // SIGKILL of npm's group would orphan; SIGKILL only if it has not finished in time.
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const closed = new Promise((resolve) => child.once('close', resolve))
      process.kill(-child.pid!, 'SIGINT')
      const timer = setTimeout(() => {
        try {
          process.kill(-child.pid!, 'SIGKILL')
        } catch {
          // already gone
        }
      }, 30_000)
      await closed
      clearTimeout(timer)
    }
    rmSync(dataDir, { recursive: true, force: true })
  }
  try {
    await waitForOutput(/Cầu Nối is running/, readyTimeoutMs)
  } catch (error) {
    await stop()
    throw error
  }
  return {
    ports,
    pid: child.pid!,
    output: () => output,
    waitForOutput,
    signal: (s) => process.kill(-child.pid!, s),
    stop,
  }
}
