import { existsSync, readdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, type Actor } from './support/actors.ts'

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
)
let mediaDir: string
let cms: TestCms
let payload: Payload
let editor: Actor

beforeAll(async () => {
  cms = await createTestCms()
  mediaDir = cms.mediaDir
  payload = cms.payload
  editor = await createActor(payload, 'provincial-editor', { localityCode: '01' })
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const upload = (data: Buffer, name: string, mimetype: string, alt = 'Ảnh minh họa trụ sở công an phường') =>
  payload.create({
    collection: 'media',
    data: { alt },
    file: { data, name, mimetype, size: data.length },
    overrideAccess: false,
    user: editor.user,
  })

/** The messages a rejected write gives: Payload's summary plus each field's own message. */
async function rejection(write: Promise<unknown>): Promise<string> {
  const error = await write.then(
    () => null,
    (e: unknown) => e as { message: string; data?: { errors?: { message: string }[] } },
  )
  if (!error) throw new Error('the write was accepted')
  return [error.message, ...(error.data?.errors ?? []).map((e) => e.message)].join(' | ')
}

const mediaCount = async () => (await payload.count({ collection: 'media' })).totalDocs
const filesOnDisk = () => (existsSync(mediaDir) ? readdirSync(mediaDir).length : 0)

describe('uploads', () => {
  it('stores a real image on disk with its sniffed type and the uploader', async () => {
    const doc = await upload(PNG, 'tru-so.png', 'image/png')
    expect(doc).toMatchObject({ mimeType: 'image/png', alt: 'Ảnh minh họa trụ sở công an phường' })
    expect(doc.uploadedBy).toBeTruthy()
    expect(readdirSync(mediaDir)).toContain(doc.filename)
  })

  it('rejects a text file named .png whatever type it claims, and saves nothing', async () => {
    const [count, files] = [await mediaCount(), filesOnDisk()]
    await expect(upload(Buffer.from('<script>alert(1)</script>'), 'anh.png', 'image/png')).rejects.toThrow(
      /Chỉ chấp nhận ảnh/,
    )
    expect([await mediaCount(), filesOnDisk()]).toEqual([count, files])
  })

  it('rejects an image over its size limit, and saves nothing', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(11 * 1024 * 1024)])
    const count = await mediaCount()
    await expect(upload(big, 'lon.png', 'image/png')).rejects.toThrow(/Tệp quá lớn: tối đa 10 MB/)
    expect(await mediaCount()).toBe(count)
  })

  it('requires alt text', async () => {
    const count = await mediaCount()
    await expect(upload(PNG, 'khong-mo-ta.png', 'image/png', '')).rejects.toThrow(/Mô tả ảnh/)
    expect(await mediaCount()).toBe(count)
  })
})

describe('invalid content', () => {
  it('rejects malformed rich text with a validation error and saves nothing', async () => {
    const count = (await payload.count({ collection: 'articles' })).totalDocs
    const hanoi = (await localityIdByCode(payload, '01')) as number
    const message = await rejection(
      payload.create({
        collection: 'articles',
        data: {
          title: 'Nội dung hỏng',
          category: 'NEWS',
          locality: hanoi,
          content: { root: 'không phải Lexical' } as never,
        },
        overrideAccess: false,
        user: editor.user,
      }),
    )
    expect(message).toMatch(/Nội dung/)
    expect((await payload.count({ collection: 'articles' })).totalDocs).toBe(count)
  })

  it('rejects an article category that does not exist', async () => {
    await expect(
      payload.create({ collection: 'articles', data: { title: 'Sai chuyên mục', category: 'GOSSIP' as never } }),
    ).rejects.toThrow(/Chuyên mục/)
  })

  it('rejects a procedure code in the wrong format', async () => {
    expect(
      await rejection(
        payload.create({ collection: 'procedures', data: { code: 'tam tru!', title: 'Sai mã', field: 'cu-tru' } }),
      ),
    ).toMatch(/Mã thủ tục không hợp lệ/)
  })

  it('rejects a patrol schedule that ends before it starts, or with a malformed shift time', async () => {
    const hanoi = await localityIdByCode(payload, '01')
    const base = { area: 'Vành đai 3', locality: hanoi as number, startsOn: '2026-12-10T00:00:00.000Z' }
    await expect(
      payload.create({
        collection: 'patrolSchedules',
        data: { ...base, endsOn: '2026-12-01T00:00:00.000Z', shifts: [{ label: 'Sáng', from: '07:00', to: '11:00' }] },
      }),
    ).rejects.toThrow(/Đến ngày/)
    await expect(
      payload.create({
        collection: 'patrolSchedules',
        data: { ...base, endsOn: '2026-12-20T00:00:00.000Z', shifts: [{ label: 'Tối', from: '25:00', to: '23:00' }] },
      }),
    ).rejects.toThrow(/Từ giờ/)
    expect(
      (await payload.count({ collection: 'patrolSchedules', where: { area: { equals: 'Vành đai 3' } } })).totalDocs,
    ).toBe(0)
  })

  it.each([
    ['year 0', '0000-06-13T20:23:25.135Z'],
    ['a six-digit year', '-193059-02-12T14:24:26.884Z'],
  ])('rejects a date in %s, which no database can store, with a validation error', async (_, startsOn) => {
    const hanoi = await localityIdByCode(payload, '01')
    const message = await rejection(
      payload.create({
        collection: 'patrolSchedules',
        data: { area: 'Vành đai 4', locality: hanoi as number, startsOn, endsOn: '2026-12-20T00:00:00.000Z' },
      }),
    )
    expect(message).toMatch(/Thời điểm không hợp lệ: chỉ nhận các năm từ 1000 đến 9999/)
    expect(
      (await payload.count({ collection: 'patrolSchedules', where: { area: { equals: 'Vành đai 4' } } })).totalDocs,
    ).toBe(0)
  })

  it('rejects a second local version of the same procedure for the same locality', async () => {
    const [procedure] = (await payload.find({ collection: 'procedures', where: { code: { equals: '1.004222' } } })).docs
    const hanoi = await localityIdByCode(payload, '01')
    await expect(
      payload.create({
        collection: 'procedureOverrides',
        data: { procedure: procedure!.id, locality: hanoi as number, fees: '1 đồng' },
      }),
    ).rejects.toThrow(/đã có bản áp dụng riêng/)
  })
})
