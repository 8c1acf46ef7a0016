import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'

export type ServiceProcess = {
  /** The URL from the service's "ready" log line. */
  url: string
  output: () => string
  /** SIGTERM, as a supervisor stops it; resolves once the process has exited. */
  stop: () => Promise<void>
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
  const child = spawn(join(root, 'node_modules', '.bin', 'tsx'), [join(root, entry)], {
    cwd: root,
    // The services resolve Lexical's plain ESM build (see .npmrc); their URL comes from their JSON log.
    env: { ...env, NODE_OPTIONS: '--conditions=production', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    await exited
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
  return { url, output: () => output, stop }
}
