import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startProcessStack, type ProcessStack } from '../support/processStack.ts'
import { describeCounts, describeViolations, runFuzz, type FuzzOutcome } from '../fuzz/runFuzz.ts'

// Fixed in CI so a failure replays exactly (`FUZZ_SEED=… npm run fuzz`); FUZZ_SEED picks another.
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_204)
const RUNS = 5_000

let stack: ProcessStack
let outcome: FuzzOutcome

beforeAll(async () => {
  stack = await startProcessStack({ rateLimitPerIp: 10_000_000 })
}, 300_000)

afterAll(async () => {
  await stack?.stop()
}, 120_000)

describe('generated requests against every door of the platform, run as processes', () => {
  it(`answers ${RUNS} generated requests with no 5xx, no leaked stack or path, and no process exiting`, async () => {
    outcome = await runFuzz({ stack, seed: SEED, runs: RUNS, concurrency: 4 })
    console.log(`fuzz seed ${SEED}: answers by door and status\n${describeCounts(outcome)}`)
    expect(outcome.sent).toBe(RUNS)
    expect(describeViolations(outcome, RUNS)).toEqual([])
  }, 1_200_000)

  it('leaves every service up and healthy afterwards', async () => {
    expect(stack.exited()).toEqual([])
    const health = await stack.health()
    expect(health).toMatchObject({ ok: true, gateway: { status: 200 }, cms: 200 })
  })
})
