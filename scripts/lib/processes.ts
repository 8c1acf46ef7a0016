import { spawn, type ChildProcess } from 'node:child_process'

export type Service = { name: string; child: ChildProcess }

const COLORS = [36, 35, 33, 32, 34]

/** Prefixes each line of a child's output with its name, so interleaved logs stay readable. */
function pipeWithPrefix(stream: NodeJS.ReadableStream | null, name: string, color: number, out: NodeJS.WriteStream) {
  if (!stream) return
  let pending = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    pending += chunk
    const lines = pending.split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) out.write(`\x1b[${color}m[${name}]\x1b[0m ${line}\n`)
  })
}

/** Starts a long-running service in its own process group, so stopping it stops its children too. */
export function startService(
  name: string,
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  index: number,
): Service {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const color = COLORS[index % COLORS.length] ?? 36
  pipeWithPrefix(child.stdout, name, color, process.stdout)
  pipeWithPrefix(child.stderr, name, color, process.stderr)
  return { name, child }
}

/** Runs a one-off step to completion with its output shown as is; rejects on a non-zero exit. */
export function runStep(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} failed (${signal ?? `exit ${code}`})`)),
    )
  })
}

function signalGroup(service: Service, signal: NodeJS.Signals) {
  if (service.child.pid === undefined || service.child.exitCode !== null) return
  try {
    process.kill(-service.child.pid, signal)
  } catch {
    // already gone
  }
}

/** Stops services in reverse start order: SIGTERM, then SIGKILL for any still running after a grace period. */
export async function stopServices(services: Service[], graceMs = 8000): Promise<void> {
  const running = [...services].reverse().filter((s) => s.child.exitCode === null && s.child.signalCode === null)
  const exited = running.map((s) => new Promise<void>((resolve) => s.child.once('exit', () => resolve())))
  for (const service of running) signalGroup(service, 'SIGTERM')
  const timer = setTimeout(() => running.forEach((s) => signalGroup(s, 'SIGKILL')), graceMs)
  await Promise.all(exited)
  clearTimeout(timer)
}
