import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'

export type ServiceProcess = {
  /** The URL from the service's "ready" log line. */
  url: string
  output: () => string
  /** How the process ended (exit code or signal), or null while it runs. */
  exited: () => { code: number | null; signal: NodeJS.Signals | null } | null
  /** SIGTERM, as a supervisor stops it; resolves once the process has exited. */
  stop: () => Promise<void>
  /** SIGKILL, as a crash would end it; resolves with the signal that ended the process. */
  kill: () => Promise<NodeJS.Signals | null>
}

function parseLogLine(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return undefined
  }
}

/**
 * Runs one service entry (e.g. `gateway/src/main.ts`) as its own process, the way `npm start`
 * does, and resolves once it logs that it is ready.
 */
export async function startServiceProcess(
  entry: string,
  env: NodeJS.ProcessEnv,
  readyTimeoutMs = 90_000,
): Promise<ServiceProcess> {
  const root = findRepoRoot()
  // Node itself with tsx as a loader (not tsx's CLI, which runs the service in a grandchild), so a
  // signal reaches the service. The services resolve Lexical's plain ESM build (see .npmrc); their
  // URL comes from their JSON log.
  const child = spawn(process.execPath, ['--conditions=production', '--import', 'tsx', join(root, entry)], {
    cwd: root,
    env: { ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const running = () => child.exitCode === null && child.signalCode === null
  const stop = async () => {
    if (running()) child.kill('SIGTERM')
    await exited
  }
  const kill = async () => {
    if (running()) child.kill('SIGKILL')
    await exited
    return child.signalCode
  }
  const url = await new Promise<string>((resolve, reject) => {
    let settled = false
    const settle = (error?: Error, readyUrl?: string) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      if (readyUrl) resolve(readyUrl)
      else void stop().then(() => reject(error))
    }
    const fail = (reason: string) => settle(new Error(`${entry} ${reason}:\n${output.slice(-3000)}`))
    const timer = setTimeout(() => fail(`did not get ready in ${readyTimeoutMs} ms`), readyTimeoutMs)
    child.once('exit', (code) => fail(`exited with ${code}`))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk))
    let pending = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const record = parseLogLine(line)
        if (record?.msg === 'ready' && typeof record.url === 'string') settle(undefined, record.url)
      }
    })
  })
  const exitedAs = () => (running() ? null : { code: child.exitCode, signal: child.signalCode })
  return { url, output: () => output, exited: exitedAs, stop, kill }
}
