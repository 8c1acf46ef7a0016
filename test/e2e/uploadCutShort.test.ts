import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { startGateway } from '@caunoi/gateway'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { multipartForm, rawRequestBytes, sendRaw } from '@caunoi/platform/testing'
import { readSupergraph } from '@caunoi/schema'
import { freePort } from '../support/freePort.ts'
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts'

// A 1×1 PNG: enough for the upload route to sniff, re-encode and store.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

let cms: TestCms
let gateway: RunningServer
let reports: ServiceProcess

beforeAll(async () => {
  cms = await createTestCms()
  const reportsPort = await freePort()
  // Counters in memory: this suite is about the upload route, not shared limits.
  const { REDIS_URL: _redis, ...env } = process.env
  reports = await startServiceProcess('subgraphs/reports/src/main.ts', {
    ...env,
    DATABASE_URL: cms.databaseUrl,
    PAYLOAD_SECRET: cms.payload.config.secret,
    UPLOADS_DIR: cms.uploadsDir,
    REPORTS_PORT: String(reportsPort),
  })
  const logger = createLogger('e2e-upload-cut-short')
  logger.level = 'silent'
  // Only reports runs here: the other subgraphs' URLs point at it too, so /health speaks of it alone.
  const url = reports.url
  gateway = await startGateway({
    port: 0,
    logger,
    supergraphSdl: readSupergraph(),
    subgraphUrls: { reports: url, content: url, dossiers: url, quizzes: url },
    rateLimit: { perIp: 10_000 },
  })
}, 180_000)

afterAll(async () => {
  await gateway?.stop()
  await reports?.stop()
  await cms?.destroy()
}, 60_000)

const attachmentsUrl = () => gateway.url.replace(/\/graphql$/, '/attachments')
const storedCount = async () => (await cms.payload.count({ collection: 'reportAttachments' })).totalDocs

describe('an upload cut short on its way through the gateway', () => {
  it('is refused with a 400, and the reports process keeps serving', async () => {
    const { contentType, body } = multipartForm([{ name: 'anh.png', type: 'image/png', data: PNG }])
    // The Content-Length is right for what is sent; the form ends before its closing boundary.
    const cut = body.subarray(0, body.lastIndexOf('--caunoi-test-boundary--') - 20)
    const before = await storedCount()

    const answer = await sendRaw(
      attachmentsUrl(),
      rawRequestBytes({ path: '/attachments', headers: { 'content-type': contentType }, body: cut }),
    )
    expect(answer.status).toBe(400)
    const refusal = JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] }
    expect(refusal.errors[0]!.extensions.code).toBe('BAD_USER_INPUT')
    expect(await storedCount()).toBe(before)

    expect(reports.exited()).toBeNull()
    const health = await fetch(new URL('/health', gateway.url))
    expect(health.status).toBe(200)
    expect(((await health.json()) as { status: string }).status).toBe('ok')

    const valid = await sendRaw(
      attachmentsUrl(),
      rawRequestBytes({ path: '/attachments', headers: { 'content-type': contentType }, body }),
    )
    expect(valid.status).toBe(201)
    expect((JSON.parse(valid.body) as { attachments: { kind: string }[] }).attachments).toEqual([
      expect.objectContaining({ kind: 'IMAGE' }),
    ])
    expect(await storedCount()).toBe(before + 1)
  })
})

describe('an upload the reports service refuses before reading it', () => {
  it('reaches the client as the refusal, never as a 502 from the connection closing under the gateway', async () => {
    // No boundary: refused (415) at once, while the gateway is still streaming megabytes of body.
    const body = Buffer.alloc(6 * 1024 * 1024, 0x61)
    for (let attempt = 0; attempt < 5; attempt++) {
      const answer = await sendRaw(
        attachmentsUrl(),
        rawRequestBytes({ path: '/attachments', headers: { 'content-type': 'multipart/form-data' }, body }),
      )
      expect(answer.status).toBe(415)
    }
    expect(reports.exited()).toBeNull()
  })
})
