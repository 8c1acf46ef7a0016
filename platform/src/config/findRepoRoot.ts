import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'

/** The checkout's root (where turbo.json lives), so every process finds the same data folder. */
export function findRepoRoot(from: string = process.cwd()): string {
  let dir = from
  for (;;) {
    if (existsSync(join(dir, 'turbo.json'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return from
    dir = parent
  }
}
