// `npm run fuzz`: the fuzz suite's generators for as long as asked (FUZZ_RUNS, FUZZ_SEED,
// FUZZ_CONCURRENCY, FUZZ_DOORS), against the platform started as processes on a fresh database.
// Prints progress, the answers by door and status, every violation, and exits 1 if there was one.
import { startProcessStack } from '../support/processStack.ts'
import { DOORS, type Door } from './fuzzRequest.ts'
import { describeCounts, describeViolations, runFuzz } from './runFuzz.ts'

const runs = Number(process.env.FUZZ_RUNS ?? 20_000)
const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
const concurrency = Number(process.env.FUZZ_CONCURRENCY ?? 4)
const doors = (process.env.FUZZ_DOORS?.split(',').map((d) => d.trim()) ?? [...DOORS]) as Door[]
const unknown = doors.filter((door) => !DOORS.includes(door))
if (unknown.length > 0 || !Number.isInteger(runs) || runs <= 0 || !Number.isInteger(seed)) {
  console.error(`FUZZ_RUNS must be a positive integer, FUZZ_SEED an integer, FUZZ_DOORS among ${DOORS.join(', ')}`)
  process.exit(2)
}

console.log(
  `Starting the platform as processes (${process.env.TEST_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'})…`,
)
const stack = await startProcessStack({ rateLimitPerIp: 10_000_000 })
let failed = true
try {
  console.log(`Fuzzing ${runs} requests, seed ${seed}, ${concurrency} at a time, doors: ${doors.join(', ')}`)
  const outcome = await runFuzz({
    stack,
    seed,
    runs,
    concurrency,
    doors,
    onProgress: (done, partial) => console.log(`  ${done}/${runs} sent, ${partial.violations.length} violation(s)`),
  })
  console.log(`\nAnswers by door and status (seed ${seed}):\n${describeCounts(outcome)}`)
  if (outcome.afterCrash > 0) console.log(`  (${outcome.afterCrash} answers came while a crashed process was down)`)
  for (const text of describeViolations(outcome, runs)) console.log(`\n${text}`)
  console.log(`\n${outcome.violations.length} violation(s) in ${outcome.sent} requests.`)
  failed = outcome.violations.length > 0
} finally {
  await stack.stop()
}
process.exit(failed ? 1 : 0)
