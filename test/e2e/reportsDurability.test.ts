import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { startGateway } from '@caunoi/gateway'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { readSupergraph } from '@caunoi/schema'
import { Redis } from 'ioredis'
import { freePort } from '../support/freePort.ts'
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts'

const REPORTS = 60
const KILL_AFTER_ACKNOWLEDGED = 20
const CONCURRENCY = 4
const KEY_PREFIX = `durability-${Date.now().toString(36)}`
// The reports process keeps its wrong-verifier counts in the machine's Redis, under keys of its own.
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const REDIS_PREFIX = `caunoi-test-${randomBytes(6).toString('hex')}`

let cms: TestCms
let gateway: RunningServer
let reportsPort: number
let reports: ServiceProcess

/** The reports subgraph as its own OS process, on the port the gateway expects it at. */
const startReports = () =>
  startServiceProcess('subgraphs/reports/src/main.ts', {
    ...process.env,
    DATABASE_URL: cms.databaseUrl,
    PAYLOAD_SECRET: cms.payload.config.secret,
    UPLOADS_DIR: cms.uploadsDir,
    REPORTS_PORT: String(reportsPort),
    REDIS_URL,
    REDIS_PREFIX,
  })

const reportsUrl = () => `http://127.0.0.1:${reportsPort}/graphql`

beforeAll(async () => {
  cms = await createTestCms()
  reportsPort = await freePort()
  const logger = createLogger('e2e-durability')
  logger.level = 'silent'
  const unreachable = 'http://127.0.0.1:9/graphql'
  gateway = await startGateway({
    port: 0,
    logger,
    supergraphSdl: readSupergraph(),
    // Only reports is called here; the others point nowhere rather than at a developer's running stack.
    subgraphUrls: { reports: reportsUrl(), content: unreachable, dossiers: unreachable, quizzes: unreachable },
    // Reopen quickly after the restart; the default (5 s) would only slow the retries down.
    breaker: { errorThresholdPercentage: 50, volumeThreshold: 10, resetTimeoutMs: 300 },
    rateLimit: { perIp: 10_000 },
  })
  reports = await startReports()
}, 180_000)

afterAll(async () => {
  await gateway?.stop()
  // A clean stop (Payload closes its pool); the killed one has exited already.
  await reports?.stop()
  await cms?.destroy()
  const redis = new Redis(REDIS_URL)
  const keys = await redis.keys(`${REDIS_PREFIX}:*`)
  if (keys.length > 0) await redis.del(...keys)
  await redis.quit()
}, 60_000)

const SUBMIT = `mutation($input: SubmitReportInput!, $key: String) {
  submitReport(input: $input, idempotencyKey: $key) { trackingCode report { trackingCode status } }
}`

const input = (i: number) => ({
  type: 'ADMIN_FEEDBACK',
  localityCode: '00004',
  content: `Phản ánh số ${i}: đề nghị kéo dài giờ tiếp công dân vào sáng thứ Bảy.`,
  reporter: { name: 'Nguyễn Văn An', phone: '0912345678' },
})

/** The tracking code if the gateway acknowledged the report, else null (refused, cut off, or down). */
async function submit(i: number): Promise<string | null> {
  try {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: SUBMIT, variables: { input: input(i), key: `${KEY_PREFIX}-${i}` } }),
    })
    const body = (await response.json()) as { data?: { submitReport?: { trackingCode: string } } | null }
    return body.data?.submitReport?.trackingCode ?? null
  } catch {
    return null
  }
}

const LOOKUP = `query($code: ID!, $verifier: String!) { report(trackingCode: $code, verifier: $verifier) { trackingCode } }`

/** A lookup through the gateway, retried while the restarted subgraph is not yet reachable. */
async function lookup(code: string, verifier: string) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOOKUP, variables: { code, verifier } }),
    })
    const body = (await response.json()) as {
      data?: { report: { trackingCode: string } | null } | null
      errors?: { extensions?: { code?: string } }[]
    }
    const unreachable = body.errors?.some((e) => e.extensions?.code !== 'RATE_LIMITED')
    if (!unreachable || attempt >= 50) return body
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('reports survive a kill -9 of the reports process', () => {
  it('keeps every acknowledged report exactly once, and a retry with its key finds it', async () => {
    const acknowledged = new Map<number, string>()
    let killed: Promise<NodeJS.Signals | null> | null = null
    let next = 0

    // A steady stream through the gateway; the process dies while requests are in flight.
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REPORTS) {
          const i = next++
          const code = await submit(i)
          if (code) acknowledged.set(i, code)
          if (!killed && acknowledged.size >= KILL_AFTER_ACKNOWLEDGED) killed = reports.kill()
        }
      }),
    )
    expect(await killed).toBe('SIGKILL')
    const acknowledgedBeforeRestart = new Map(acknowledged)
    expect(acknowledgedBeforeRestart.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED)
    expect(acknowledgedBeforeRestart.size).toBeLessThan(REPORTS)

    reports = await startReports()

    // Every submission again with its key: unacknowledged ones until they are, acknowledged ones once more.
    const deadline = Date.now() + 60_000
    for (let i = 0; i < REPORTS; i++) {
      let code = await submit(i)
      while (!code && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        code = await submit(i)
      }
      expect(code).not.toBeNull()
      const earlier = acknowledgedBeforeRestart.get(i)
      // An acknowledged report is the one a retry finds: never a second one.
      if (earlier) expect(code).toBe(earlier)
      acknowledged.set(i, code!)
    }

    const { docs } = await cms.payload.find({
      collection: 'reports',
      where: { idempotencyKey: { like: KEY_PREFIX } },
      select: { trackingCode: true, idempotencyKey: true },
      pagination: false,
      depth: 0,
    })
    // Exactly one stored report per key, and it is the one acknowledged for that key.
    expect(docs).toHaveLength(REPORTS)
    const byKey = new Map(docs.map((doc) => [doc.idempotencyKey, doc.trackingCode]))
    expect(byKey.size).toBe(REPORTS)
    for (const [i, code] of acknowledged) expect(byKey.get(`${KEY_PREFIX}-${i}`)).toBe(code)
    expect(new Set(docs.map((doc) => doc.trackingCode)).size).toBe(REPORTS)
  }, 240_000)

  it('keeps its wrong-verifier counts in Redis, so a restart does not end a guesser’s wait', async () => {
    expect(reports.output()).toContain('"counters":"redis"')
    const code = await submit(0)
    expect(code).not.toBeNull()
    // Someone tries phone numbers against a tracking code they saw: 5 are free per client and code,
    // the sixth starts a wait.
    for (let guess = 0; guess < 6; guess++) {
      expect((await lookup(code!, `09876543${String(guess).padStart(2, '0')}`)).data?.report).toBeNull()
    }
    await reports.stop()
    reports = await startReports()
    const afterRestart = await lookup(code!, '0912345678')
    expect(afterRestart.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
  }, 120_000)
})
