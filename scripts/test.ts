// `npm test`: every package's tests on SQLite, the database-backed ones again on PostgreSQL,
// then the end-to-end suites. Ends with "N passed, N failed" and a non-zero exit on any failure.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'
import { runJest, type JestOutcome, type JestRun } from './lib/jestRuns.ts'
import { runStaticChecks } from './lib/staticChecks.ts'
import { postgresAvailable } from './lib/postgresAvailable.ts'

const root = findRepoRoot()
const ci = process.env.CI === 'true' || process.env.CI === '1'
const postgresServer = process.env.TEST_POSTGRES_SERVER ?? 'postgres://postgres@127.0.0.1:5432'

/** Packages whose tests need a real database run once per dialect. */
const UNIT_PACKAGES = [
  { dir: 'platform', database: false },
  { dir: 'schema', database: false },
  { dir: 'gateway', database: false },
  { dir: 'cms', database: true },
  { dir: 'subgraphs/content', database: true },
  { dir: 'subgraphs/reports', database: true },
  { dir: 'subgraphs/quizzes', database: true },
  { dir: 'subgraphs/dossiers', database: true },
]

const runs: JestRun[] = []
for (const pkg of UNIT_PACKAGES) {
  runs.push({ label: `${pkg.dir} (sqlite)`, cwd: join(root, pkg.dir), env: { TEST_DATABASE: 'sqlite' } })
}
runs.push({
  label: 'end-to-end (sqlite)',
  cwd: join(root, 'test'),
  env: { TEST_DATABASE: 'sqlite' },
  args: ['--testPathIgnorePatterns', 'boot'],
})

const withPostgres = await postgresAvailable(postgresServer)
if (withPostgres) {
  for (const pkg of UNIT_PACKAGES.filter((p) => p.database)) {
    runs.push({
      label: `${pkg.dir} (postgres)`,
      cwd: join(root, pkg.dir),
      env: { TEST_DATABASE: 'postgres', TEST_POSTGRES_SERVER: postgresServer },
    })
  }
  runs.push({
    label: 'end-to-end (postgres)',
    cwd: join(root, 'test'),
    env: { TEST_DATABASE: 'postgres', TEST_POSTGRES_SERVER: postgresServer },
    args: ['--testPathIgnorePatterns', 'boot'],
  })
} else if (ci) {
  console.error(`PostgreSQL is not reachable at ${postgresServer}: CI requires the PostgreSQL run.`)
  process.exit(1)
} else {
  console.warn(`\n⚠ WARNING: PostgreSQL is not reachable at ${postgresServer}; the PostgreSQL run is SKIPPED.\n`)
}
runs.push({
  label: 'npm start boot and browser tests',
  cwd: join(root, 'test'),
  // One at a time: each boots the whole platform (and may build it).
  args: ['--testPathPatterns', 'boot', '--runInBand'],
})

const reports = mkdtempSync(join(tmpdir(), 'caunoi-jest-'))
const outcomes: JestOutcome[] = []
console.log('\n━━ static checks: types, lint, formatting ━━')
outcomes.push(await runStaticChecks(root))
try {
  for (const [index, run] of runs.entries()) {
    console.log(`\n━━ [${index + 1}/${runs.length}] ${run.label} ━━`)
    outcomes.push(await runJest(root, run, join(reports, `${index}.json`)))
  }
} finally {
  rmSync(reports, { recursive: true, force: true })
}

console.log('\nSummary')
for (const outcome of outcomes) {
  console.log(`  ${outcome.ok ? '✓' : '✗'} ${outcome.label}: ${outcome.passed} passed, ${outcome.failed} failed`)
}
if (!withPostgres) console.warn('  ⚠ PostgreSQL run skipped (server not reachable)')
const passed = outcomes.reduce((sum, o) => sum + o.passed, 0)
const failed = outcomes.reduce((sum, o) => sum + o.failed, 0)
const allOk = outcomes.every((o) => o.ok)
console.log(`${passed} passed, ${failed} failed`)
process.exit(allOk ? 0 : 1)
