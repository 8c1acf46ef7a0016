import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { RunningServer } from '@caunoi/platform'
import { abandonRaw, multipartForm, rawRequestBytes, sendRaw } from '@caunoi/platform/testing'
import { pino } from 'pino'
import { DEFAULT_ATTACHMENT_LIMITS } from '../src/domain/attachmentLimits.ts'
import { startReportsSubgraph } from '../src/server.ts'
import { countReports, phonePhoto } from './factories.ts'

type LogRecord = { level: number; msg: string; [key: string]: unknown }

let cms: TestCms
let running: RunningServer
let base: string
let photo: Buffer
const records: LogRecord[] = []

beforeAll(async () => {
  cms = await createTestCms()
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(chunk, _encoding, done) {
        records.push(JSON.parse(String(chunk)) as LogRecord)
        done()
      },
    }),
  )
  running = await startReportsSubgraph({
    payload: cms.payload,
    logger,
    port: 0,
    attachmentLimits: { ...DEFAULT_ATTACHMENT_LIMITS, maxFiles: 3 },
  })
  base = running.url.replace(/\/graphql$/, '')
  photo = await phonePhoto()
}, 120_000)

afterAll(async () => {
  await running?.stop()
  await cms?.destroy()
})

const storedCount = async () => (await cms.payload.count({ collection: 'reportAttachments' })).totalDocs
const upload = (contentType: string | undefined, body: Uint8Array, contentLength?: number) =>
  rawRequestBytes({
    path: '/attachments',
    headers: contentType ? { 'content-type': contentType } : {},
    body,
    contentLength,
  })
const photoForm = () => multipartForm([{ name: 'IMG_0001.jpg', type: 'image/jpeg', data: photo }])

/** The reports process is still up: a valid upload is stored. */
async function stillStores() {
  const { contentType, body } = photoForm()
  const answer = await sendRaw(base, upload(contentType, body))
  expect(answer.status).toBe(201)
  expect(JSON.parse(answer.body).attachments).toHaveLength(1)
}

/** Refused with a JSON error in the route's shape, and nothing stored. */
async function refusedWithNothingStored(bytes: Buffer, status: number, code = 'BAD_USER_INPUT', thenEnd = false) {
  const before = await storedCount()
  const answer = await sendRaw(base, bytes, { thenEnd })
  expect(answer.status).toBe(status)
  expect(answer.headers).toContain('content-type: application/json')
  const { errors } = JSON.parse(answer.body) as { errors: { message: string; extensions: { code: string } }[] }
  expect(errors[0]).toEqual({ message: expect.any(String), extensions: expect.objectContaining({ code }) })
  expect(await storedCount()).toBe(before)
  return errors[0]!
}

describe('uploads that break off or are not what they claim', () => {
  it('keeps serving after a multipart body cut short before its closing boundary', async () => {
    const { contentType, body } = photoForm()
    // A correct Content-Length for what is sent: the form itself ends in the middle of the photo.
    const cut = body.subarray(0, Math.floor(body.length / 2))
    const error = await refusedWithNothingStored(upload(contentType, cut), 400)
    expect(error.message).toMatch(/không trọn vẹn/)
    await stillStores()
  })

  it('keeps serving after a form that ends right before its closing boundary', async () => {
    const { contentType, body } = photoForm()
    const cut = body.subarray(0, body.lastIndexOf('--caunoi-test-boundary--'))
    await refusedWithNothingStored(upload(contentType, cut), 400)
    await stillStores()
  })

  it('stores nothing when the client goes away mid-upload, and keeps serving', async () => {
    const before = await storedCount()
    records.length = 0
    const { contentType, body } = photoForm()
    await abandonRaw(base, upload(contentType, body.subarray(0, body.length / 2), body.length))
    // The upload's handler settles (it does not wait forever for the rest) and says why, at warn.
    while (!records.some((r) => r.fault === 'BodyCutShortError')) await new Promise((r) => setTimeout(r, 20))
    expect(records.filter((r) => r.level >= 50)).toEqual([])
    expect(await storedCount()).toBe(before)
    await stillStores()
  })

  it('answers 400 in JSON to a Content-Length longer than the body sent, and keeps serving', async () => {
    const { contentType, body } = photoForm()
    await refusedWithNothingStored(upload(contentType, body, body.length + 5_000), 400, 'BAD_REQUEST', true)
    await stillStores()
  })

  it('refuses a missing, unknown or boundless content type with 415', async () => {
    const { body } = photoForm()
    for (const contentType of [undefined, 'text/plain', 'multipart/form-data', 'multipart/form-data; boundary=']) {
      await refusedWithNothingStored(upload(contentType, body), 415)
    }
    await stillStores()
  })

  it('refuses a part whose headers are not headers', async () => {
    const body = Buffer.from('--b\r\nthis is not a header\r\n\r\nabc\r\n--b--\r\n')
    await refusedWithNothingStored(upload('multipart/form-data; boundary=b', body), 400)
    await stillStores()
  })

  it('refuses a part labelled as a photo that is not one', async () => {
    const { contentType, body } = multipartForm([{ name: 'a.jpg', type: 'image/jpeg', data: Buffer.from('<html>') }])
    await refusedWithNothingStored(upload(contentType, body), 400)
    await stillStores()
  })

  it('refuses thousands of tiny files, and thousands of tiny fields, storing nothing', async () => {
    const tiny = Array.from({ length: 3_000 }, (_, i) => ({
      name: `${i}.jpg`,
      type: 'image/jpeg',
      data: photo.subarray(0, 4),
    }))
    const files = multipartForm(tiny)
    const error = await refusedWithNothingStored(upload(files.contentType, files.body), 400)
    expect(error.message).toMatch(/tối đa 3 tệp/)

    const fields = Array.from(
      { length: 3_000 },
      (_, i) => `--b\r\ncontent-disposition: form-data; name="f${i}"\r\n\r\nx\r\n`,
    )
    const body = Buffer.from(fields.join('') + '--b--\r\n')
    await refusedWithNothingStored(upload('multipart/form-data; boundary=b', body), 400)
    await stillStores()
  })
})

describe('Open311 requests cut short', () => {
  const feedback = new URLSearchParams({
    service_code: 'ADMIN_FEEDBACK',
    locality_code: '00004',
    description: 'Đề nghị niêm yết lệ phí cấp căn cước tại trụ sở công an phường.',
    first_name: 'Văn An',
    last_name: 'Nguyễn',
    phone: '0912 345 678',
  }).toString()
  const post = (body: string, contentLength?: number) =>
    rawRequestBytes({
      path: '/open311/v2/requests.json',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body,
      contentLength,
    })

  it('answers 400 in JSON to a body shorter than its Content-Length, and stores no report', async () => {
    const before = await countReports(cms.payload)
    const answer = await sendRaw(base, post(feedback.slice(0, 40), Buffer.byteLength(feedback)), { thenEnd: true })
    expect(answer.status).toBe(400)
    expect(answer.headers).toContain('content-type: application/json')
    expect(JSON.parse(answer.body)).toBeTruthy()
    expect(await countReports(cms.payload)).toBe(before)
  })

  it('stores no report when the client goes away mid-body, and keeps serving', async () => {
    const before = await countReports(cms.payload)
    await abandonRaw(base, post(feedback.slice(0, 40), Buffer.byteLength(feedback)))
    expect(await countReports(cms.payload)).toBe(before)
    const answer = await sendRaw(base, post(feedback))
    expect(answer.status).toBe(201)
    expect(await countReports(cms.payload)).toBe(before + 1)
  })
})
