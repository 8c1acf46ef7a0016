/** Progress for long jobs: one line per step on a pipe (CI logs), an updating line on a terminal. */
export function createProgress(
  label: string,
  total: number,
  out: { write: (s: string) => unknown; isTTY?: boolean } = process.stdout,
) {
  let done = 0
  let lastPrinted = -1
  const print = (final: boolean) => {
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100)
    if (out.isTTY) {
      out.write(`\r  ${label}: ${done}/${total} (${percent}%)${final ? '\n' : ''}`)
    } else if (final || percent >= lastPrinted + 25) {
      out.write(`  ${label}: ${done}/${total} (${percent}%)\n`)
      lastPrinted = percent
    }
  }
  return {
    tick(count = 1) {
      done += count
      print(false)
    },
    finish() {
      print(true)
    },
  }
}
