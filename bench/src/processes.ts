import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'

export type Child = { process: ChildProcess; ready: string }

/** Runs a TypeScript entry in its own process and waits for its "READY <value>" line. */
export function startChild(entry: URL, args: string[], timeoutMs = 300_000): Promise<Child> {
  // tsx as a loader, not its CLI: the CLI runs the script in a grandchild, whose memory would go unmeasured.
  // BENCH_CPU_PROFILE_DIR=<dir>: each child writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_CPU_PROFILE_DIR
  const profiling = profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : []
  const node = ['--conditions=production', ...profiling, '--import', 'tsx']
  const child = spawn(process.execPath, [...node, entry.pathname, ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'warn', NODE_ENV: 'production' },
  })
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${entry.pathname} did not start in time`)), timeoutMs)
    let buffer = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = /READY (.+)\n/.exec(buffer)
      if (match?.[1]) {
        clearTimeout(timer)
        resolve({ process: child, ready: match[1] })
      }
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`${entry.pathname} exited with ${code} before it was ready`))
    })
  })
}

/** Peak resident memory of a process so far (Linux VmHWM), in MB. */
export function peakRssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]
    return kb ? Math.round(Number(kb) / 1024) : undefined
  } catch {
    return undefined
  }
}

export async function stopChild(child: Child): Promise<void> {
  if (child.process.exitCode !== null) return
  await new Promise<void>((resolve) => {
    child.process.once('exit', () => resolve())
    child.process.kill('SIGTERM')
    setTimeout(() => child.process.kill('SIGKILL'), 10_000).unref()
  })
}
