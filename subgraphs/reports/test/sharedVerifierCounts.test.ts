import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { VerifierLimits } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { reportsExecutor, type ReportsExecutor, type Submitted } from './executeReports.ts'
import { reportInput } from './factories.ts'

// Every run owns its keys, so parallel runs and other data on the shared Redis never mix.
const keyPrefix = `caunoi-test-${randomBytes(6).toString('hex')}:reports`
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const LIMITS: VerifierLimits = {
  perClientAndCode: { freeAttempts: 100, firstDelaySeconds: 60, maxDelaySeconds: 600, windowSeconds: 600 },
  perClient: { freeAttempts: 100, firstDelaySeconds: 60, maxDelaySeconds: 600, windowSeconds: 600 },
  perCode: { freeAttempts: 3, firstDelaySeconds: 60, maxDelaySeconds: 600, windowSeconds: 600 },
}

let cms: TestCms
let redis: Redis
let instances: ReportsExecutor[]
let alone: ReportsExecutor[]
let shared: Submitted
let separate: Submitted

const LOOKUP = `query($trackingCode: ID!, $verifier: String!) {
  report(trackingCode: $trackingCode, verifier: $verifier) { trackingCode }
}`

beforeAll(async () => {
  cms = await createTestCms()
  redis = new Redis(redisUrl)
  const limiterStore = { redis, keyPrefix }
  // Two instances of the reports subgraph behind one gateway, sharing their counters through Redis…
  instances = [
    await reportsExecutor(cms.payload, { verifierLimits: LIMITS, limiterStore }),
    await reportsExecutor(cms.payload, { verifierLimits: LIMITS, limiterStore }),
  ]
  // …and two that count in their own memory.
  alone = [
    await reportsExecutor(cms.payload, { verifierLimits: LIMITS }),
    await reportsExecutor(cms.payload, { verifierLimits: LIMITS }),
  ]
  shared = (await instances[0]!.submit(reportInput('ADMIN_FEEDBACK'))).data!.submitReport
  separate = (await alone[0]!.submit(reportInput('ADMIN_FEEDBACK'))).data!.submitReport
}, 120_000)

afterAll(async () => {
  for (const instance of [...(instances ?? []), ...(alone ?? [])]) await instance.stop()
  const keys = (await redis?.keys(`${keyPrefix}*`)) ?? []
  if (keys.length > 0) await redis.del(...keys)
  await redis?.quit()
  await cms?.destroy()
})

/** Four wrong guesses from four clients, alternating between the two instances, then the right verifier. */
async function guessThenAsk(pair: ReportsExecutor[], report: Submitted) {
  for (let i = 0; i < 4; i++) {
    const { data } = await pair[i % 2]!.run<{ report: unknown }>(
      LOOKUP,
      { trackingCode: report.trackingCode, verifier: `091234560${i}` },
      `198.51.100.${i + 1}`,
    )
    expect(data!.report).toBeNull()
  }
  return pair[0]!.run<{ report: { trackingCode: string } | null }>(
    LOOKUP,
    { trackingCode: report.trackingCode, verifier: report.verifier },
    '198.51.100.50',
  )
}

it('counts wrong verifiers across every instance when Redis is configured', async () => {
  const { data, errors } = await guessThenAsk(instances, shared)
  expect(data?.report ?? null).toBeNull()
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' })
  expect(await redis.keys(`${keyPrefix}:verifier:code*`)).not.toHaveLength(0)
})

it('lets the same guesses through when each instance counts alone (why Redis matters)', async () => {
  const { data, errors } = await guessThenAsk(alone, separate)
  expect(errors).toBeUndefined()
  expect(data!.report).toEqual({ trackingCode: separate.trackingCode })
})
