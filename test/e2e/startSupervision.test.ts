import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { serviceStatusesSchema } from '@caunoi/platform'
import { serveStatus } from '../../scripts/lib/statusServer.ts'
import {
  createSupervisor,
  restartDelay,
  DEFAULT_RESTART_POLICY,
  type RestartPolicy,
  type Supervisor,
} from '../../scripts/lib/supervise.ts'
import { freePort } from '../support/freePort.ts'

// Tiny services: `npm start`'s supervisor runs them as it runs the real ones (own process group, piped output).
const scratch = mkdtempSync(join(tmpdir(), 'caunoi-supervise-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

function script(name: string, source: string): string {
  const path = join(scratch, `${name}.mjs`)
  writeFileSync(path, source)
  return path
}

const CRASHES_ON_START = script(
  'crashesOnStart',
  `console.error('cannot open the database: SQLITE_CANTOPEN'); process.exit(3)`,
)
const CRASHES_AFTER_A_WHILE = script(
  'crashesAfterAWhile',
  `setTimeout(() => { console.error('lost the connection'); process.exit(1) }, Number(process.env.CRASH_AFTER_MS))`,
)
// Answers every request with its SERVICE_MARK, on PORT: shows a restarted process got the same env and port.
const KEEPS_SERVING = script(
  'keepsServing',
  `import { createServer } from 'node:http'
createServer((req, res) => res.end(process.env.SERVICE_MARK)).listen(Number(process.env.PORT), '127.0.0.1')
process.on('SIGTERM', () => process.exit(0))`,
)

const launch =
  (path: string, env: Record<string, string> = {}) =>
  () =>
    spawn(process.execPath, [path], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env },
    })

const answer = async (port: number) => {
  try {
    return await (await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(1000) })).text()
  } catch {
    return undefined
  }
}

/** Polls a condition the supervisor reaches on its own (a restart, giving up); fails the test if never. */
async function eventually(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

const FAST: RestartPolicy = {
  firstDelayMs: 20,
  maxDelayMs: 80,
  maxRestarts: 4,
  windowMs: 60_000,
  stableAfterMs: 60_000,
}

let supervisor: Supervisor | undefined
let logs: string[] = []
const supervise = (policy: Partial<RestartPolicy> = FAST) => {
  logs = []
  supervisor = createSupervisor({ policy, log: (line) => logs.push(line) })
  return supervisor
}
afterEach(async () => {
  await supervisor?.stop(2000)
  supervisor = undefined
})

describe("npm start's supervisor", () => {
  it('waits 1 s, 2 s, 4 s … between restarts by default, never more than 30 s', () => {
    const delays = [0, 1, 2, 3, 4, 5, 6].map((attempt) => restartDelay(attempt, DEFAULT_RESTART_POLICY))
    expect(delays).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 30_000, 30_000])
  })

  it('restarts a service that crashes on start with growing delays, then leaves it down past the limit', async () => {
    const crashing = supervise().start({ name: 'reports', launch: launch(CRASHES_ON_START) })

    await eventually('the service is given up on', () => crashing.status().state === 'failed')
    expect(crashing.status()).toEqual({ state: 'failed', restarts: 4, lastExit: 'exit 3' })
    const restarts = logs.filter((line) => line.includes('restarting in'))
    expect(restarts.map((line) => /restarting in (\d+ ms)/.exec(line)?.[1])).toEqual([
      '20 ms',
      '40 ms',
      '80 ms',
      '80 ms',
    ])
    expect(restarts[0]).toContain('reports exited unexpectedly (exit 3)')
    // The reason comes with what the process last wrote to stderr.
    expect(restarts[0]).toContain('cannot open the database: SQLITE_CANTOPEN')
    expect(crashing.lastExit()).toEqual({ reason: 'exit 3', stderrTail: ['cannot open the database: SQLITE_CANTOPEN'] })
    expect(logs.at(-1)).toMatch(/reports crashed \(exit 3\) after 4 restarts .*it stays DOWN/s)
  })

  it('keeps the other services serving while one crashes and is given up on', async () => {
    const port = await freePort()
    const running = supervise()
    const serving = running.start({
      name: 'content',
      launch: launch(KEEPS_SERVING, { PORT: String(port), SERVICE_MARK: 'content' }),
      ready: async () => (await answer(port)) === 'content',
    })
    const servingPid = serving.child().pid
    const crashing = running.start({ name: 'reports', launch: launch(CRASHES_ON_START) })

    await eventually('the crashing service is given up on', () => crashing.status().state === 'failed')
    await eventually('the other one serves', () => serving.status().state === 'up')
    expect(serving.child().pid).toBe(servingPid)
    expect(await answer(port)).toBe('content')
    expect(running.statuses()).toEqual({
      content: { state: 'up', restarts: 0 },
      reports: { state: 'failed', restarts: 4, lastExit: 'exit 3' },
    })
  })

  it('restarts a killed service with the same env and port, restarting until it serves again', async () => {
    const port = await freePort()
    const service = supervise({ ...FAST, firstDelayMs: 300 }).start({
      name: 'reports',
      launch: launch(KEEPS_SERVING, { PORT: String(port), SERVICE_MARK: 'reports #1' }),
      ready: async () => (await answer(port)) === 'reports #1',
    })
    await eventually('it serves', () => service.status().state === 'up')
    const first = service.child()

    process.kill(first.pid!, 'SIGKILL')
    await eventually('it is restarting', () => service.status().state === 'restarting')
    expect(service.status()).toEqual({ state: 'restarting', restarts: 1, lastExit: 'SIGKILL' })
    await eventually('it serves again', () => service.status().state === 'up')
    expect(service.child().pid).not.toBe(first.pid)
    expect(await answer(port)).toBe('reports #1')
    expect(logs.join('\n')).toContain('reports exited unexpectedly (SIGKILL)')
  })

  it('starts the backoff over for a service that stayed up a while before crashing', async () => {
    const service = supervise({ ...FAST, stableAfterMs: 200 }).start({
      name: 'outbox',
      launch: launch(CRASHES_AFTER_A_WHILE, { CRASH_AFTER_MS: '300' }),
    })
    await eventually('it is given up on', () => service.status().state === 'failed')
    const delays = logs.map((line) => /restarting in (\d+ ms)/.exec(line)?.[1]).filter(Boolean)
    expect(delays).toEqual(['20 ms', '20 ms', '20 ms', '20 ms'])
    expect(service.lastExit()).toEqual({ reason: 'exit 1', stderrTail: ['lost the connection'] })
  })

  it('restarts nothing while the platform stops, not even a service waiting for its restart', async () => {
    const port = await freePort()
    const running = supervise({ ...FAST, firstDelayMs: 60_000, maxDelayMs: 60_000 })
    const serving = running.start({ name: 'content', launch: launch(KEEPS_SERVING, { PORT: String(port) }) })
    const crashing = running.start({ name: 'reports', launch: launch(CRASHES_ON_START) })
    await eventually('the crashed one waits for its restart', () => crashing.status().state === 'restarting')
    await eventually('the other serves', async () => (await answer(port)) !== undefined)

    await running.stop(2000)
    expect(serving.child().exitCode).toBe(0)
    expect(running.statuses()).toEqual({
      content: { state: 'stopped', restarts: 0 },
      reports: { state: 'stopped', restarts: 1, lastExit: 'exit 3' },
    })
    expect(logs.filter((line) => line.includes('content'))).toEqual([])
    expect(await answer(port)).toBeUndefined()
  })

  it("publishes every service's status as JSON on a loopback port for the gateway", async () => {
    const running = supervise()
    running.start({ name: 'reports', launch: launch(CRASHES_ON_START) })
    const status = await serveStatus(running.statuses)
    try {
      expect(status.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
      await eventually('the service is given up on', () => running.statuses().reports?.state === 'failed')
      const published = serviceStatusesSchema.parse(await (await fetch(status.url)).json())
      expect(published).toEqual({ reports: { state: 'failed', restarts: 4, lastExit: 'exit 3' } })
    } finally {
      await status.close()
    }
  })
})
