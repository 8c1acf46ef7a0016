import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, type Actor } from './support/actors.ts'
import { restClient, type RestAnswer, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
let admin: Actor
let hanoi: number

const anonymous: Actor = { name: 'anonymous' }
const MULTIPART = 'multipart/form-data; boundary=x'
const JSON_TYPE = 'application/json'
const formField = (name: string, value: string) =>
  `--x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n--x--\r\n`

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  rest = await restClient(payload)
  admin = await createActor(payload, 'super-admin')
  hanoi = Number(await localityIdByCode(payload, '01'))
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

/** What a refused request must leave as it was: the documents of the collections it aims at. */
async function writtenState() {
  const count = async (collection: 'hotlines' | 'quizzes' | 'localities' | 'users') =>
    (await payload.count({ collection })).totalDocs
  const locality = await payload.findByID({ collection: 'localities', id: hanoi, depth: 0 })
  return {
    hotlines: await count('hotlines'),
    quizzes: await count('quizzes'),
    localities: await count('localities'),
    users: await count('users'),
    hanoi: [locality.name, locality.updatedAt],
  }
}

/** A client's mistake: a 4xx in Payload's error shape, in Vietnamese, with nothing of the server in it. */
function expectClientError(answer: RestAnswer, status: number, message: RegExp) {
  expect({ status: answer.status, text: answer.text }).toEqual({ status, text: expect.any(String) })
  const [error] = (answer.body?.errors as { message: string }[] | undefined) ?? []
  expect(error?.message).toMatch(message)
  expect(answer.text).not.toMatch(/stack|node_modules|\.ts:|Something went wrong|Unexpected end of form/)
}

describe('a body that is not of its declared type is refused and writes nothing', () => {
  const NOT_MULTIPART = /^Nội dung multipart\/form-data không hợp lệ/
  const BAD_PAYLOAD_FIELD = /^Trường _payload phải là một đối tượng JSON/
  const NOT_AN_OBJECT = /^Nội dung phải là một đối tượng JSON hợp lệ/
  const HAS_NUL = /^Nội dung chứa ký tự không hợp lệ/
  const UNSUPPORTED = /^Kiểu nội dung không được hỗ trợ/
  const INVALID_FIELDS = /^Lỗi - Những fields sau không hợp lệ: /
  const FORM = 'application/x-www-form-urlencoded'
  const cut = '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{}'
  const login = '{"email":"a@b.vn","password":"x"}'
  type Case = [string, string, string, string | undefined, string | undefined, number, RegExp]
  const cases: Case[] = [
    ['multipart on a JSON login', 'POST', '/api/users/login', MULTIPART, login, 400, NOT_MULTIPART],
    ['multipart without a boundary', 'POST', '/api/users/login', 'multipart/form-data', login, 400, NOT_MULTIPART],
    ['multipart cut short', 'POST', '/api/quizzes', MULTIPART, cut, 400, NOT_MULTIPART],
    ['multipart of a JSON null', 'POST', '/api/quizzes', MULTIPART, 'null', 400, NOT_MULTIPART],
    ['multipart on a global', 'POST', '/api/globals/reportSettings', MULTIPART, 'null', 400, NOT_MULTIPART],
    [
      'a _payload not JSON',
      'POST',
      '/api/quizzes',
      MULTIPART,
      formField('_payload', 'khong-phai-json'),
      400,
      BAD_PAYLOAD_FIELD,
    ],
    ['a _payload JSON array', 'POST', '/api/hotlines', MULTIPART, formField('_payload', '[1]'), 400, BAD_PAYLOAD_FIELD],
    ['broken JSON', 'POST', '/api/hotlines', JSON_TYPE, '{"name":', 400, NOT_AN_OBJECT],
    ['a JSON null', 'POST', '/api/hotlines', JSON_TYPE, 'null', 400, NOT_AN_OBJECT],
    ['a JSON string', 'POST', '/api/hotlines', JSON_TYPE, '"x"', 400, NOT_AN_OBJECT],
    ['a JSON number', 'POST', '/api/quizzes', JSON_TYPE, '123', 400, NOT_AN_OBJECT],
    ['a JSON array', 'POST', '/api/users/login', JSON_TYPE, '[]', 400, NOT_AN_OBJECT],
    ['a NUL in JSON', 'POST', '/api/users/login', JSON_TYPE, '{"email":"\\u0000","password":"x"}', 400, HAS_NUL],
    ['a NUL in a key', 'POST', '/api/hotlines', JSON_TYPE, '{"name\\u0000":"x"}', 400, HAS_NUL],
    [
      'a NUL in _payload',
      'POST',
      '/api/hotlines',
      MULTIPART,
      formField('_payload', '{"name":"\\u0000"}'),
      400,
      HAS_NUL,
    ],
    ['a form-urlencoded body', 'POST', '/api/hotlines', FORM, 'name=a&&=%%', 415, UNSUPPORTED],
    ['a _payload form field', 'POST', '/api/quizzes', FORM, '_payload=khong-phai-json', 415, UNSUPPORTED],
    ['plain text', 'POST', '/api/users/login', 'text/plain', 'a@b.vn', 415, UNSUPPORTED],
    ['a body without a type', 'POST', '/api/hotlines', undefined, '{"name":"x"}', 415, UNSUPPORTED],
    ['an empty JSON body on a create', 'POST', '/api/hotlines', JSON_TYPE, '', 400, INVALID_FIELDS],
    ['no body on a create', 'POST', '/api/quizzes', undefined, undefined, 400, INVALID_FIELDS],
  ]
  it.each(cases)('%s: %s %s', async (_name, method, path, contentType, body, status, message) => {
    const before = await writtenState()
    expectClientError(await rest.send(admin, method, path, { contentType, body }), status, message)
    expect(await writtenState()).toEqual(before)
  })

  it('refuses a multipart update of a document that exists, and leaves it as it was', async () => {
    const before = await writtenState()
    const answer = await rest.send(admin, 'PATCH', `/api/localities/${hanoi}`, { contentType: MULTIPART, body: 'null' })
    expectClientError(answer, 400, /^Nội dung multipart\/form-data không hợp lệ/)
    expect(await writtenState()).toEqual(before)
  })

  it.each(['GET', 'POST', 'PATCH', 'PUT', 'DELETE'])(
    'answers an empty JSON %s with no server fault',
    async (method) => {
      const before = await writtenState()
      const answer = await rest.send(admin, method, '/api/hotlines', {
        contentType: JSON_TYPE,
        body: method === 'GET' ? undefined : '',
      })
      expect(answer.status).toBeLessThan(500)
      expect(answer.text).not.toMatch(/Something went wrong|stack/)
      if (method !== 'GET')
        expect((answer.body?.errors as { message: string }[])[0]?.message).toMatch(/[ạảàáãâăđêếệôơưữ]/)
      expect(await writtenState()).toEqual(before)
    },
  )

  it('still takes a well-formed multipart form and a well-formed JSON body', async () => {
    const form = await rest.send(admin, 'POST', '/api/hotlines', {
      contentType: MULTIPART,
      body: formField('_payload', JSON.stringify({ name: 'Trực ban phường', number: '0243825555', locality: hanoi })),
    })
    expect(form.status).toBe(201)
    const json = await rest.call(admin, 'PATCH', `/api/hotlines/${(form.body?.doc as { id: number }).id}`, {
      name: 'Trực ban phường Hoàn Kiếm',
    })
    expect(json.status).toBe(200)
  })
})

describe('auth routes that do not apply', () => {
  it.each([undefined, '', '""'])(
    'answers 404 for verifying an account, where verification is off (body %p)',
    async (body) => {
      const before = await writtenState()
      const answer = await rest.send(anonymous, 'POST', '/api/users/verify/abc', { contentType: JSON_TYPE, body })
      expectClientError(answer, 404, /^Không tìm thấy/)
      expect(await writtenState()).toEqual(before)
    },
  )

  it('answers a forgotten password the same whether the account exists or not', async () => {
    const forgot = (email: string) =>
      rest.call(anonymous, 'POST', '/api/users/forgot-password', { email }).then((a) => [a.status, a.body])
    expect(await forgot('khong-co-ai@caunoi.test')).toEqual(await forgot(admin.user!.email))
    expectClientError(await rest.call(anonymous, 'POST', '/api/users/forgot-password', {}), 400, /^Thiếu địa chỉ email/)
  })

  it('answers a wrong reset token and a logout without a session in Vietnamese', async () => {
    const reset = await rest.call(anonymous, 'POST', '/api/users/reset-password', {
      token: 'x',
      password: 'Matkhau@2027',
    })
    expectClientError(reset, 403, /^Mã xác nhận không hợp lệ hoặc đã hết hạn/)
    expectClientError(await rest.send(anonymous, 'POST', '/api/users/logout'), 400, /^Chưa đăng nhập/)
  })
})

describe('query mistakes', () => {
  it.each([
    ['/api/hotlines?where[khong-co][equals]=1', /^Không thể lọc hoặc sắp xếp theo trường: khong-co/],
    ['/api/users?sort=hash', /^Không thể lọc hoặc sắp xếp theo trường: hash/],
    ['/api/articles/versions?where[khong-co][equals]=1', /^Không thể lọc hoặc sắp xếp theo trường: khong-co/],
    ['/api/payload-locked-documents?where[khong-co][equals]=1', /^Không thể lọc hoặc sắp xếp theo trường/],
    ['/api/hotlines?where[name][near]=1,2', /^Phép lọc near không dùng được cho trường name/],
    ['/api/hotlines?where[or][0][name][within]=1', /^Phép lọc within không dùng được cho trường name/],
    ['/api/articles?where[createdAt][greater_than]=abc', /^Giá trị lọc của trường createdAt phải là ngày hợp lệ/],
    ['/api/articles?where[id][in]=1,abc', /^Giá trị lọc của trường id phải là số/],
    ['/api/articles/count?where[and][0][locality][equals]=abc', /^Giá trị lọc của trường locality phải là số/],
    ['/api/articles?where=abc', /^Tham số where không hợp lệ/],
    ['/api/hotlines?page=99999999999999999999', /^Tham số page quá lớn/],
    ['/api/hotlines?where[unit.name][near]=1,2', /^Phép lọc near không dùng được cho trường unit.name/],
    ['/api/articles/count?where[id][contains]=abc', /^Phép lọc contains không dùng được cho trường id/],
    ['/api/partnerSystems?where[name][all]=', /^Phép lọc all không dùng được cho trường name/],
    [
      '/api/articles?where[_status][not_equals]=%20',
      /^Giá trị lọc của trường _status phải là một trong: draft, published/,
    ],
    ['/api/localities?page=-1&limit=1000', /^Tham số page phải từ 1 trở lên/],
    ['/api/handbookEntries?page=0', /^Tham số page phải từ 1 trở lên/],
    ['/api/handbookEntries?page=467&limit=-3', /^Tham số limit không được âm/],
    ['/api/hotlines?sort=%00%ff', /^Tham số truy vấn chứa ký tự không hợp lệ/],
    ['/api/hotlines?where[name][equals]=a%00', /^Tham số truy vấn chứa ký tự không hợp lệ/],
  ])('answers 400 in Vietnamese for GET %s', async (path, message) => {
    expectClientError(await rest.call(admin, 'GET', path), 400, message)
  })

  it('still filters by a number, a date and a relationship', async () => {
    const since = new Date(0).toISOString()
    const path = `/api/hotlines?where[locality][in]=${hanoi}&where[createdAt][greater_than]=${since}&where[id][not_equals]=0`
    const answer = await rest.call(admin, 'GET', path)
    expect(answer.status).toBe(200)
    expect((answer.body?.docs as unknown[]).length).toBeGreaterThan(0)
  })

  it.each(['PATCH', 'DELETE'])('refuses a bad filter on a %s of many documents, and writes nothing', async (method) => {
    const before = await writtenState()
    const answer = await rest.send(admin, method, '/api/hotlines?where[id][equals]=abc', {
      contentType: JSON_TYPE,
      body: '{}',
    })
    expectClientError(answer, 400, /^Giá trị lọc của trường id phải là số/)
    expect(await writtenState()).toEqual(before)
  })

  it.each(['PATCH', 'DELETE'])('refuses a %s of many documents without a where, and writes nothing', async (method) => {
    const before = await writtenState()
    const answer = await rest.send(admin, method, '/api/hotlines', { contentType: JSON_TYPE, body: '{}' })
    expectClientError(answer, 400, /^Thiếu điều kiện where/)
    expect(await writtenState()).toEqual(before)
  })
})
