import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, type RunningServer } from '@caunoi/platform'
import sharp from 'sharp'
import { DEFAULT_ATTACHMENT_LIMITS, formatSize, type AttachmentLimits } from '../src/domain/attachmentLimits.ts'
import { startReportsSubgraph } from '../src/server.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { phonePhoto, reportInput } from './factories.ts'

// Small limits keep the oversize cases cheap; the production defaults are tested by value below.
const LIMITS: AttachmentLimits = {
  maxFiles: 3,
  maxImageBytes: 200_000,
  maxVideoBytes: 300_000,
  maxImagePixels: 4_000_000,
}

let cms: TestCms
let running: RunningServer
let reports: ReportsExecutor

beforeAll(async () => {
  cms = await createTestCms()
  running = await startReportsSubgraph({
    payload: cms.payload,
    logger: createLogger('test-attachments'),
    port: 0,
    attachmentLimits: LIMITS,
  })
  reports = await reportsExecutor(cms.payload)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await running?.stop()
  await cms?.destroy()
})

type Upload = { name: string; type: string; data: Uint8Array }
type UploadAnswer = {
  attachments?: { id: string; kind: string; mimeType: string; size: number }[]
  errors?: { message: string; extensions: { code: string; problems: { field: string; message: string }[] } }[]
}

async function upload(files: Upload[]): Promise<{ status: number; body: UploadAnswer }> {
  const form = new FormData()
  for (const file of files) form.append('files', new Blob([new Uint8Array(file.data)], { type: file.type }), file.name)
  const response = await fetch(running.url.replace(/\/graphql$/, '/attachments'), { method: 'POST', body: form })
  return { status: response.status, body: (await response.json()) as UploadAnswer }
}

const storedCount = async () => (await cms.payload.count({ collection: 'reportAttachments' })).totalDocs

async function storedFile(token: string): Promise<{ doc: { mimeType?: string | null }; bytes: Buffer }> {
  const { docs } = await cms.payload.find({ collection: 'reportAttachments', where: { token: { equals: token } } })
  const doc = docs[0]!
  return { doc, bytes: readFileSync(join(cms.uploadsDir, 'report-attachments', doc.filename!)) }
}

/** An ISO base media file (MP4) of the given size: an `ftyp` box, then an `mdat` box of filler frames. */
function mp4Video(size: number): Uint8Array {
  const bytes = Buffer.alloc(size, 7)
  Buffer.from('000000186674797069736f6d0000020069736f6d69736f32', 'hex').copy(bytes)
  bytes.writeUInt32BE(size - 24, 24)
  bytes.write('mdat', 28, 'latin1')
  return bytes
}

/** Looks like an MP4 from its first bytes, but its boxes do not add up. */
function brokenMp4(size: number): Uint8Array {
  const bytes = Buffer.from(mp4Video(size))
  bytes.writeUInt32BE(size * 2, 24)
  return bytes
}

/** Refused, with the given status and a problem on each named field, and nothing stored. */
async function refused(files: Upload[], status: number) {
  const before = await storedCount()
  const answer = await upload(files)
  expect(answer.status).toBe(status)
  expect(answer.body.attachments).toBeUndefined()
  expect(answer.body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT')
  expect(await storedCount()).toBe(before)
  return answer.body.errors![0]!
}

describe('uploading attachments', () => {
  it('re-encodes a photo without its EXIF block, so the camera and the GPS position are gone', async () => {
    const original = await phonePhoto()
    expect((await sharp(original).metadata()).exif).toBeDefined()
    expect(original.includes('CauNoiTestCam')).toBe(true)

    const { status, body } = await upload([{ name: 'IMG_0001.jpg', type: 'image/jpeg', data: original }])
    expect(status).toBe(201)
    const [attachment] = body.attachments!
    expect(attachment).toMatchObject({ kind: 'IMAGE', mimeType: 'image/jpeg' })
    expect(attachment!.id).toMatch(/^A[0-9A-HJKMNP-TV-Z]{26}$/)

    const { bytes } = await storedFile(attachment!.id)
    const metadata = await sharp(bytes).metadata()
    expect(metadata.exif).toBeUndefined()
    expect(metadata.xmp).toBeUndefined()
    expect(metadata).toMatchObject({ format: 'jpeg', width: 64, height: 48 })
    expect(bytes.includes('CauNoiTestCam')).toBe(false)
    expect(bytes.includes('Tipster Phone')).toBe(false)
  })

  it('does not keep the citizen’s file name, which can carry a name, date or place', async () => {
    const { body } = await upload([
      {
        name: 'nguyen-van-an-0912345678.png',
        type: 'image/png',
        data: await sharp({ create: { width: 8, height: 8, channels: 4, background: '#00f' } })
          .png()
          .toBuffer(),
      },
    ])
    const { doc } = await storedFile(body.attachments![0]!.id)
    expect(doc).toMatchObject({ mimeType: 'image/png', filename: `${body.attachments![0]!.id}.png` })
  })

  it('keeps a video exactly as sent', async () => {
    const video = mp4Video(100_000)
    const { status, body } = await upload([{ name: 'clip.mp4', type: 'video/mp4', data: video }])
    expect(status).toBe(201)
    expect(body.attachments![0]).toMatchObject({ kind: 'VIDEO', mimeType: 'video/mp4', size: 100_000 })
    expect(Buffer.compare((await storedFile(body.attachments![0]!.id)).bytes, Buffer.from(video))).toBe(0)
  })

  it('refuses a file whose name and declared type say photo but whose bytes are something else', async () => {
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
    const error = await refused([{ name: 'anh-vi-pham.jpg', type: 'image/jpeg', data: pdf }], 400)
    expect(error.extensions.problems).toEqual([
      { field: 'files[0]', message: 'Chỉ nhận ảnh (JPEG, PNG, WebP) hoặc video (MP4, MOV, WebM).' },
    ])
  })

  it('refuses a script disguised as a photo, and a broken photo, storing neither', async () => {
    const script = Buffer.from('#!/bin/sh\nrm -rf /\n')
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(2_000, 1)])
    const error = await refused(
      [
        { name: 'photo.jpg', type: 'image/jpeg', data: script },
        { name: 'photo2.jpg', type: 'image/jpeg', data: broken },
      ],
      400,
    )
    expect(error.extensions.problems.map((p) => p.field)).toEqual(['files[0]', 'files[1]'])
    expect(error.extensions.problems[1]!.message).toMatch(/Không đọc được ảnh/)
  })

  it('refuses a video whose inner structure is broken', async () => {
    const error = await refused([{ name: 'clip.mp4', type: 'video/mp4', data: brokenMp4(5_000) }], 400)
    expect(error.extensions.problems).toEqual([{ field: 'files[0]', message: 'Tệp hỏng hoặc không đúng định dạng.' }])
  })

  it('refuses a photo over the image limit and a video over the video limit', async () => {
    const bigPhoto = await sharp({
      create: {
        width: 400,
        height: 400,
        channels: 3,
        background: '#888',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .jpeg({ quality: 100 })
      .toBuffer()
    expect(bigPhoto.length).toBeGreaterThan(LIMITS.maxImageBytes)
    const photoError = await refused([{ name: 'big.jpg', type: 'image/jpeg', data: bigPhoto }], 413)
    expect(photoError.extensions.problems).toEqual([{ field: 'files[0]', message: 'Ảnh vượt quá 195 KB.' }])

    const videoError = await refused(
      [{ name: 'long.mp4', type: 'video/mp4', data: mp4Video(LIMITS.maxVideoBytes + 1) }],
      413,
    )
    expect(videoError.extensions.problems).toEqual([{ field: 'files[0]', message: 'Tệp vượt quá 292 KB.' }])
  })

  it('refuses more files than allowed in one upload, storing none of them', async () => {
    const photo = await phonePhoto()
    const files = Array.from({ length: LIMITS.maxFiles + 1 }, (_, i) => ({
      name: `${i}.jpg`,
      type: 'image/jpeg',
      data: photo,
    }))
    const error = await refused(files, 400)
    expect(error.extensions.problems).toEqual([{ field: 'files', message: 'Chỉ được gửi tối đa 3 tệp mỗi lần.' }])
  })

  it('refuses an upload with no file, and a body that is not multipart', async () => {
    await refused([], 400)
    const response = await fetch(running.url.replace(/\/graphql$/, '/attachments'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(response.status).toBe(415)
  })
})

it('allows phone-sized photos and short clips by default', () => {
  expect(DEFAULT_ATTACHMENT_LIMITS).toEqual({
    maxFiles: 5,
    maxImageBytes: 10 * 1024 * 1024,
    maxVideoBytes: 50 * 1024 * 1024,
    maxImagePixels: 50_000_000,
  })
  expect(formatSize(DEFAULT_ATTACHMENT_LIMITS.maxVideoBytes)).toBe('50 MB')
})

describe('referencing attachments from a report', () => {
  it('files a traffic violation with its uploaded photo, and refuses the same photo on another report', async () => {
    const { body } = await upload([{ name: 'a.jpg', type: 'image/jpeg', data: await phonePhoto() }])
    const id = body.attachments![0]!.id
    const first = await reports.submit(reportInput('TRAFFIC_VIOLATION', { attachmentIds: [id.toLowerCase()] }))
    expect(first.errors).toBeUndefined()
    const { docs } = await cms.payload.find({
      collection: 'reports',
      where: { trackingCode: { equals: first.data!.submitReport.trackingCode } },
      depth: 1,
    })
    expect(docs[0]!.attachments).toEqual([expect.objectContaining({ kind: 'IMAGE', mimeType: 'image/jpeg' })])

    const second = await reports.submit(reportInput('TRAFFIC_VIOLATION', { attachmentIds: [id] }))
    expect(second.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'attachmentIds', message: 'Tệp đính kèm đã được dùng cho một phản ánh khác.' },
    ])
  })

  it('answers a retry of a report with attachments with the first result', async () => {
    const { body } = await upload([{ name: 'a.jpg', type: 'image/jpeg', data: await phonePhoto() }])
    const input = reportInput('TRAFFIC_VIOLATION', { attachmentIds: [body.attachments![0]!.id] })
    const first = await reports.submit(input, 'retry-with-attachments-1')
    const retry = await reports.submit(input, 'retry-with-attachments-1')
    expect(retry.errors).toBeUndefined()
    expect(retry.data!.submitReport.trackingCode).toBe(first.data!.submitReport.trackingCode)
  })

  it('refuses more attachments on one report than one upload may carry', async () => {
    const ids = Array.from({ length: LIMITS.maxFiles + 3 }, (_, i) => `A${String(i).padStart(26, '0')}`)
    const { errors } = await reports.submit(reportInput('ADMIN_FEEDBACK', { attachmentIds: ids }))
    expect(errors?.[0]?.extensions?.problems).toEqual([
      { field: 'attachmentIds', message: 'Mỗi phản ánh kèm tối đa 5 tệp.' },
    ])
  })
})
