import { spawn, type ChildProcess } from 'node:child_process'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { retryDelay } from '../src/outbox/backoff.ts'
import { logAndWebhookSink } from '../src/outbox/deliverEvent.ts'
import { deliverDueEvents } from '../src/outbox/deliverDueEvents.ts'
import { settingsWebhookUrl } from '../src/outbox/outboxWorker.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { reportInput } from './factories.ts'

const logger = createLogger('test-outbox')
let cms: TestCms
let reports: ReportsExecutor

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

/** Submits a report and returns the id of the RECEIVED event its commit wrote to the outbox. */
async function reportWithEvent(): Promise<{ trackingCode: string; eventId: number }> {
  const { data } = await reports.submit(reportInput('ADMIN_FEEDBACK'))
  const trackingCode = data!.submitReport.trackingCode
  const { docs } = await cms.payload.find({
    collection: 'outboxEvents',
    where: { trackingCode: { equals: trackingCode } },
  })
  expect(docs).toHaveLength(1)
  return { trackingCode, eventId: docs[0]!.id }
}

const eventById = (id: number) => cms.payload.findByID({ collection: 'outboxEvents', id, depth: 0 })

/** Marks every pending event delivered, so each test sees only its own. */
async function drainOutbox() {
  await cms.payload.update({
    collection: 'outboxEvents',
    where: { deliveredAt: { exists: false } },
    data: { deliveredAt: new Date().toISOString() },
  })
}

type Hook = { url: string; requests: Record<string, unknown>[]; server: Server; stop: () => Promise<void> }

/** A webhook receiver on an ephemeral port; `answer` decides each response (or holds it forever). */
async function webhook(answer: (n: number, res: ServerResponse) => void): Promise<Hook> {
  const requests: Record<string, unknown>[] = []
  const server = createServer((req: IncomingMessage, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      requests.push(JSON.parse(body) as Record<string, unknown>)
      answer(requests.length, res)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/events`
  return {
    url,
    requests,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

describe('delivering the outbox', () => {
  it('waits 1 s, 2 s, 4 s … between attempts, capped at ten minutes', () => {
    const backoff = { baseMs: 1_000, maxMs: 600_000 }
    expect([1, 2, 3, 4, 11, 30].map((n) => retryDelay(n, backoff))).toEqual([
      1_000, 2_000, 4_000, 8_000, 600_000, 600_000,
    ])
  })

  it('retries a failed delivery with exponential backoff until it succeeds, then never again', async () => {
    await drainOutbox()
    const { eventId } = await reportWithEvent()
    let clock = new Date(Date.now() + 1_000)
    let calls = 0
    const options = {
      logger,
      backoff: { baseMs: 1_000, maxMs: 60_000 },
      lockMs: 30_000,
      batchSize: 10,
      now: () => clock,
      sink: async () => {
        calls++
        if (calls <= 2) throw new Error('webhook answered 503')
      },
    }
    const start = clock.getTime()
    expect(await deliverDueEvents(cms.payload, options)).toBe(0)
    expect(await eventById(eventId)).toMatchObject({
      attempts: 1,
      lastError: 'webhook answered 503',
      nextAttemptAt: new Date(start + 1_000).toISOString(),
      deliveredAt: null,
    })
    clock = new Date(start + 500) // not due yet: no attempt
    await deliverDueEvents(cms.payload, options)
    expect(calls).toBe(1)
    clock = new Date(start + 1_000)
    await deliverDueEvents(cms.payload, options)
    expect(await eventById(eventId)).toMatchObject({
      attempts: 2,
      nextAttemptAt: new Date(start + 3_000).toISOString(),
    })
    clock = new Date(start + 3_000)
    expect(await deliverDueEvents(cms.payload, options)).toBe(1)
    expect(await eventById(eventId)).toMatchObject({ attempts: 3, deliveredAt: new Date(start + 3_000).toISOString() })
    clock = new Date(start + 3_600_000)
    expect(await deliverDueEvents(cms.payload, options)).toBe(0)
    expect(calls).toBe(3)
  })

  it('posts the event to the webhook of the settings, and counts a non-2xx answer as a failure', async () => {
    await drainOutbox()
    const hook = await webhook((n, res) => res.writeHead(n === 1 ? 500 : 204).end())
    try {
      await cms.payload.updateGlobal({ slug: 'reportSettings', data: { webhookUrl: hook.url } })
      const { trackingCode, eventId } = await reportWithEvent()
      let clock = new Date(Date.now() + 1_000)
      const options = {
        logger,
        backoff: { baseMs: 1_000, maxMs: 60_000 },
        lockMs: 30_000,
        batchSize: 10,
        now: () => clock,
        sink: logAndWebhookSink(logger, settingsWebhookUrl(cms.payload)),
      }
      await deliverDueEvents(cms.payload, options)
      expect((await eventById(eventId)).lastError).toBe('webhook answered 500')
      clock = new Date(clock.getTime() + 1_000)
      expect(await deliverDueEvents(cms.payload, options)).toBe(1)
      expect(hook.requests).toHaveLength(2)
      expect(hook.requests[1]).toMatchObject({
        id: eventId,
        topic: 'report.status_changed',
        trackingCode,
        status: 'RECEIVED',
        previousStatus: null,
        localityCode: '00004',
      })
    } finally {
      await cms.payload.updateGlobal({ slug: 'reportSettings', data: { webhookUrl: null } })
      await hook.stop()
    }
  })
})

describe('the outbox worker process', () => {
  const packageDir = fileURLToPath(new URL('..', import.meta.url))
  const children: ChildProcess[] = []

  function startWorker(): ChildProcess {
    // Node itself with tsx as a loader: one process, so a kill -9 really kills the worker
    // (the tsx command would run it in a child that outlives its parent).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/outboxMain.ts'], {
      cwd: packageDir,
      env: {
        ...process.env,
        NODE_OPTIONS: '--conditions=production',
        DATABASE_URL: cms.databaseUrl,
        UPLOADS_DIR: cms.uploadsDir,
        OUTBOX_POLL_MS: '100',
        OUTBOX_LOCK_MS: '1000',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    })
    children.push(child)
    return child
  }

  afterAll(() => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
  })

  async function until<T>(what: string, check: () => Promise<T | null | undefined | false>, ms = 60_000): Promise<T> {
    const deadline = Date.now() + ms
    for (;;) {
      const value = await check()
      if (value) return value
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  it('delivers an event after the worker was killed in the middle of delivering it', async () => {
    await drainOutbox()
    let releaseFirst: (() => void) | null = null
    const firstArrived = new Promise<void>((resolve) => (releaseFirst = resolve))
    // The first delivery is received but never answered: the worker dies while waiting for it.
    const hook = await webhook((n, res) => (n === 1 ? releaseFirst!() : res.writeHead(200).end('ok')))
    try {
      await cms.payload.updateGlobal({ slug: 'reportSettings', data: { webhookUrl: hook.url } })
      const { trackingCode, eventId } = await reportWithEvent()

      const first = startWorker()
      await firstArrived
      first.kill('SIGKILL')
      await new Promise((resolve) => first.once('exit', resolve))
      expect((await eventById(eventId)).deliveredAt).toBeNull()

      startWorker()
      const delivered = await until('delivery after restart', async () => (await eventById(eventId)).deliveredAt)
      expect(delivered).toEqual(expect.any(String))
      // At least once: the event reached the webhook twice, both times with the same id.
      expect(hook.requests.map((r) => [r.id, r.trackingCode])).toEqual([
        [eventId, trackingCode],
        [eventId, trackingCode],
      ])
    } finally {
      await cms.payload.updateGlobal({ slug: 'reportSettings', data: { webhookUrl: null } })
      await hook.stop()
    }
  }, 120_000)
})
