import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, serveCmsRestApi, type TestCms } from '../src/testing/index.ts'
import { localityIdByCode } from './support/actors.ts'

let cms: TestCms
let api: Awaited<ReturnType<typeof serveCmsRestApi>>

beforeAll(async () => {
  cms = await createTestCms()
  api = await serveCmsRestApi(cms.payload)
}, 120_000)

afterAll(async () => {
  await api?.stop()
  await cms?.destroy()
}, 60_000)

/** How the admin's relationship fields ask for the documents they show: a GET carried by a form POST. */
const lookUp = (collection: string, query: string) =>
  fetch(`${api.url}/api/${collection}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-payload-http-method-override': 'GET' },
    body: query,
  })

describe('the admin’s relationship lookups (POST with a GET method override)', () => {
  it('find the documents a relationship field shows', async () => {
    const hanoi = await localityIdByCode(cms.payload, '01')
    const answer = await lookUp('localities', `depth=0&limit=10&where[id][in][0]=${hanoi}`)
    expect(answer.status).toBe(200)
    const body = (await answer.json()) as { docs: { id: number; name: string }[] }
    expect(body.docs).toEqual([expect.objectContaining({ id: hanoi, name: 'Thành phố Hà Nội' })])
  })

  it('get the same query checks as a GET', async () => {
    const answer = await lookUp('localities', 'where[id][equals]=abc')
    expect(answer.status).toBe(400)
  })
})
