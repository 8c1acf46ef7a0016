// Keeps `npm start`'s services running: a service that crashes is restarted with backoff, alone,
// while the others keep serving. The whole restart policy lives here, with no per-service code.
import type { ChildProcess } from 'node:child_process'
import type { ServiceState, ServiceStatus, ServiceStatuses } from '@caunoi/platform'
import { stopServices } from './processes.ts'

export type RestartPolicy = {
  /** Wait before the first restart; doubled for each crash that follows, up to maxDelayMs. */
  firstDelayMs: number
  maxDelayMs: number
  /** Past this many restarts within windowMs, the service is left down. */
  maxRestarts: number
  windowMs: number
  /** A process that ran this long before crashing starts the backoff over from firstDelayMs. */
  stableAfterMs: number
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  firstDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRestarts: 5,
  windowMs: 10 * 60_000,
  stableAfterMs: 60_000,
}

/** How many of a crashed service's last stderr lines are printed with the reason. */
const STDERR_TAIL_LINES = 20
const READY_POLL_MS = 300

export type ServiceSpec = {
  name: string
  /** Spawns the process; called again, unchanged, for each restart, so it gets the same env and port. */
  launch: () => ChildProcess
  /** True once the process serves (its port answers); without it a process is up once spawned. */
  ready?: () => Promise<boolean>
}

/** Why a process ended: its exit code or signal and its last stderr lines. */
export type ExitReport = { reason: string; stderrTail: string[] }

export type SupervisedService = {
  name: string
  status: () => ServiceStatus
  /** The process running now (the last one started). */
  child: () => ChildProcess
  lastExit: () => ExitReport | undefined
}

export type Supervisor = {
  start: (spec: ServiceSpec) => SupervisedService
  statuses: () => ServiceStatuses
  /** Stops every service (reverse start order); nothing is restarted from then on. */
  stop: (graceMs?: number) => Promise<void>
}

/** The wait before restart number `attempt` (0 for the first restart after a stable run). */
export function restartDelay(attempt: number, policy: RestartPolicy): number {
  return Math.min(policy.firstDelayMs * 2 ** attempt, policy.maxDelayMs)
}

const describeExit = (code: number | null, signal: NodeJS.Signals | null) =>
  signal ?? (code === null ? 'not started' : `exit ${code}`)
const formatMs = (ms: number) => (ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`)

/** Keeps the last lines a process wrote to stderr, whatever else reads the same stream. */
function stderrTail(child: ChildProcess): () => string[] {
  const lines: string[] = []
  let pending = ''
  child.stderr?.on('data', (chunk: Buffer | string) => {
    pending += chunk.toString()
    const complete = pending.split('\n')
    pending = complete.pop() ?? ''
    lines.push(...complete.filter((line) => line.trim() !== ''))
    lines.splice(0, Math.max(0, lines.length - STDERR_TAIL_LINES))
  })
  return () => (pending.trim() ? [...lines, pending] : [...lines]).slice(-STDERR_TAIL_LINES)
}

export function createSupervisor(
  options: { policy?: Partial<RestartPolicy>; log?: (message: string) => void } = {},
): Supervisor {
  const policy = { ...DEFAULT_RESTART_POLICY, ...options.policy }
  const log = options.log ?? ((message: string) => console.error(message))
  const supervised: {
    name: string
    child: () => ChildProcess
    status: () => ServiceStatus
    markStopped: () => void
  }[] = []
  const timers = new Set<NodeJS.Timeout>()
  let stopping = false

  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      run()
    }, ms)
    timers.add(timer)
  }

  function start(spec: ServiceSpec): SupervisedService {
    let state: ServiceState = 'starting'
    let child: ChildProcess
    let startedAt = 0
    let attempt = 0
    let restartTimes: number[] = []
    let restarts = 0
    let lastExit: ExitReport | undefined

    const watchReadiness = (current: ChildProcess) => {
      const running = () => current === child && current.exitCode === null && current.signalCode === null
      if (!spec.ready) return void (state = 'up')
      const poll = () => {
        if (stopping || !running()) return
        spec.ready!()
          .catch(() => false)
          .then((ready) => {
            if (stopping || !running()) return
            if (ready) state = 'up'
            else later(READY_POLL_MS, poll)
          })
      }
      poll()
    }

    const onExit = (current: ChildProcess, code: number | null, signal: NodeJS.Signals | null, tail: string[]) => {
      if (current !== child) return
      if (stopping) return void (state = 'stopped')
      const reason = describeExit(code, signal)
      lastExit = { reason, stderrTail: tail }
      if (code === 0) {
        state = 'stopped'
        return log(`\n[supervisor] ${spec.name} exited on its own (exit 0): not restarted.`)
      }
      const now = Date.now()
      if (now - startedAt >= policy.stableAfterMs) attempt = 0
      restartTimes = restartTimes.filter((at) => now - at < policy.windowMs)
      const lastLines = tail.length ? `\n  Last stderr lines:\n${tail.map((line) => `    ${line}`).join('\n')}` : ''
      if (restartTimes.length >= policy.maxRestarts) {
        state = 'failed'
        const bar = '!'.repeat(78)
        return log(
          `\n${bar}\n[supervisor] ${spec.name} crashed (${reason}) after ${restartTimes.length} restarts within ` +
            `${formatMs(policy.windowMs)}: it stays DOWN. The other services keep serving.${lastLines}\n${bar}`,
        )
      }
      const delay = restartDelay(attempt, policy)
      attempt += 1
      restartTimes.push(now)
      restarts += 1
      state = 'restarting'
      log(
        `\n[supervisor] ${spec.name} exited unexpectedly (${reason}); restarting in ${formatMs(delay)} ` +
          `(restart ${restartTimes.length} of ${policy.maxRestarts} within ${formatMs(policy.windowMs)}).${lastLines}`,
      )
      later(delay, () => {
        if (!stopping) launch()
      })
    }

    const launch = () => {
      const current = spec.launch()
      child = current
      startedAt = Date.now()
      const tail = stderrTail(current)
      let ended = false
      const end = (code: number | null, signal: NodeJS.Signals | null) => {
        if (ended) return
        ended = true
        onExit(current, code, signal, tail())
      }
      current.on('exit', end)
      // A process that could not be spawned at all (missing executable) emits no 'exit'.
      current.on('error', () => current.pid === undefined && end(null, null))
      watchReadiness(current)
    }

    launch()
    const status = (): ServiceStatus => ({
      state,
      restarts,
      ...(lastExit ? { lastExit: lastExit.reason } : {}),
    })
    supervised.push({ name: spec.name, child: () => child, status, markStopped: () => (state = 'stopped') })
    return { name: spec.name, status, child: () => child, lastExit: () => lastExit }
  }

  return {
    start,
    statuses: () => Object.fromEntries(supervised.map((service) => [service.name, service.status()])),
    stop: async (graceMs) => {
      stopping = true
      for (const timer of timers) clearTimeout(timer)
      timers.clear()
      // A service waiting for its restart is stopped as it is.
      for (const service of supervised) if (service.status().state === 'restarting') service.markStopped()
      await stopServices(
        supervised.map((service) => ({ name: service.name, child: service.child() })),
        graceMs,
      )
    },
  }
}
