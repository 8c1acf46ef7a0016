import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, type Actor } from './support/actors.ts'
import { restClient, type RestClient, type RestAnswer } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
let admin: Actor

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  rest = await restClient(payload)
  admin = await createActor(payload, 'super-admin')
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

/** A 404 in Payload's JSON error shape, in Vietnamese, with nothing of the server in it. */
function expectNotFound(answer: RestAnswer) {
  expect(answer.status).toBe(404)
  const [error] = (answer.body?.errors as { message: string }[] | undefined) ?? []
  expect(error?.message).toMatch(/^Không tìm thấy/)
  expect(answer.text).not.toMatch(/stack|node_modules|\.ts:|Route not found|Something went wrong/)
}

describe('missing things answer 404, not 500', () => {
  it.each([
    '/api/hotlines/versions',
    '/api/hotlines/versions/1',
    '/api/units/versions',
    '/api/globals/reportSettings/versions',
    '/api/globals/reportSettings/versions/1',
    '/api/articles/versions/khong-co',
    '/api/articles/khong-co',
    '/api/reports/khong-co',
    '/api/articles/999999',
    '/api/articles/versions/999999',
    '/api/globals/khong-co',
    '/api/articles/1/khong-co',
    '/api/khong-co',
  ])('GET %s', async (path) => {
    expectNotFound(await rest.call(admin, 'GET', path))
  })

  it.each(['/api/articles/khong-co', '/api/hotlines/khong-co'])('PATCH and DELETE %s', async (path) => {
    expectNotFound(await rest.call(admin, 'PATCH', path, { name: 'Đã sửa' }))
    expectNotFound(await rest.call(admin, 'DELETE', path))
  })

  it('answers 404 for a file missing from every upload collection', async () => {
    const uploads = payload.config.collections.filter((c) => c.upload).map((c) => c.slug)
    expect(uploads).toEqual(expect.arrayContaining(['media', 'reportAttachments']))
    for (const slug of uploads) {
      expectNotFound(await rest.call(admin, 'GET', `/api/${slug}/file/khong-co.png`))
      expectNotFound(await rest.call(admin, 'GET', `/api/${slug}/file/`))
    }
  })

  it('answers 404 for a file whose document is stored but whose file is gone from the disk', async () => {
    const photo = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#c81e1e' } })
      .png()
      .toBuffer()
    const media = await payload.create({
      collection: 'media',
      data: { alt: 'Ảnh thử đã mất tệp' },
      file: { data: photo, mimetype: 'image/png', name: 'anh-mat-tep.png', size: photo.length },
    })
    expect((await rest.call(admin, 'GET', `/api/media/file/${media.filename}`)).status).toBe(200)
    rmSync(join(cms.mediaDir, media.filename!))
    expectNotFound(await rest.call(admin, 'GET', `/api/media/file/${media.filename}`))
  })

  it('still serves the routes a collection names by word, and the admin’s preferences', async () => {
    expect((await rest.call(admin, 'GET', '/api/users/me')).status).toBe(200)
    expect((await rest.call(admin, 'GET', '/api/articles/versions?limit=1')).status).toBe(200)
    expect((await rest.call(admin, 'GET', '/api/payload-preferences/nav')).status).not.toBe(500)
    expect((await rest.call(admin, 'GET', '/api/payload-preferences/nav')).text).not.toMatch(/^Không tìm thấy/)
  })
})

describe('Payload’s own GraphQL', () => {
  it.each(['/api/graphql', '/api/graphql-playground'])('is not served at %s', async (path) => {
    expectNotFound(await rest.call(admin, 'GET', path))
    const query = await rest.call(admin, 'POST', path, { query: '{ Users { docs { email } } }' })
    expect(query.status).toBe(404)
    expect(query.text).not.toContain('@caunoi.test')
  })
})
