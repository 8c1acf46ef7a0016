import { execFileSync } from 'node:child_process'

/**
 * The pid of the one descendant of `ancestor` whose command line contains `command`: other
 * checkouts may run the same services on this machine, so the whole process table will not do.
 */
export function descendantPid(ancestor: number, command: string): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args: args! }))
  const descendants = new Set([ancestor])
  for (let grew = true; grew;) {
    grew = false
    for (const row of table) {
      if (descendants.has(row.ppid) && !descendants.has(row.pid)) {
        descendants.add(row.pid)
        grew = true
      }
    }
  }
  const found = table.filter((row) => descendants.has(row.pid) && row.pid !== ancestor && row.args.includes(command))
  if (found.length !== 1) {
    throw new Error(`expected one process running ${command} under ${ancestor}, found ${found.length}`)
  }
  return found[0]!.pid
}
