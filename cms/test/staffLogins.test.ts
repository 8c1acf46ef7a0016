import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, serveCmsRestApi, type TestCms } from '../src/testing/index.ts'
import { createActor, type Actor } from './support/actors.ts'

const PASSWORD = 'Matkhau@2026'
const FAILED = { errors: [{ message: 'Email hoặc mật khẩu không đúng.' }] }

let cms: TestCms
let api: Awaited<ReturnType<typeof serveCmsRestApi>>
let officer: Actor
let admin: Actor

beforeAll(async () => {
  // Behind a trusted proxy, so X-Forwarded-For tells the clients apart.
  cms = await createTestCms({ seed: false, staffLogins: { trustProxy: true } })
  api = await serveCmsRestApi(cms.payload)
  officer = await createActor(cms.payload, 'officer')
  admin = await createActor(cms.payload, 'super-admin')
}, 120_000)

afterAll(async () => {
  await api?.stop()
  await cms?.destroy()
})

async function logIn(email: string, password: string, client: string) {
  const response = await fetch(`${api.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
    body: JSON.stringify({ email, password }),
  })
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() }
}

const emailOf = (actor: Actor) => actor.user!.email

describe('failed staff logins', () => {
  it('answers an unknown e-mail and a wrong password alike', async () => {
    const unknown = await logIn('nobody@caunoi.test', 'Sai@12345', '198.51.100.1')
    const wrong = await logIn(emailOf(officer), 'Sai@12345', '198.51.100.2')
    expect(wrong).toEqual({ status: 401, retryAfter: null, body: FAILED })
    expect(unknown).toEqual(wrong)
  }, 60_000)

  it('slows one guessing client with 429 and Retry-After, while the owner logs in from elsewhere', async () => {
    const target = await createActor(cms.payload, 'officer')
    const guesser = '203.0.113.7'
    // Five free failures per client and account; the sixth starts a wait.
    for (let i = 0; i < 6; i++) expect((await logIn(emailOf(target), `Sai@${i}`, guesser)).status).toBe(401)
    const slowed = await logIn(emailOf(target), PASSWORD, guesser)
    expect(slowed.status).toBe(429)
    expect(Number(slowed.retryAfter)).toBeGreaterThan(0)
    expect(slowed.body.errors[0].message).toBe('Đăng nhập không thành công quá nhiều lần; vui lòng thử lại sau.')
    const again = await logIn(emailOf(target), PASSWORD, guesser)
    expect(Number(again.retryAfter)).toBeGreaterThan(Number(slowed.retryAfter))
    expect((await logIn(emailOf(target), PASSWORD, '203.0.113.8')).status).toBe(200)
  }, 60_000)

  it('slows a guesser on an unknown e-mail exactly as on a real one', async () => {
    const target = await createActor(cms.payload, 'officer')
    const attempts = async (email: string, client: string) => {
      const seen = []
      for (let i = 0; i < 8; i++) seen.push(await logIn(email, `Sai@${i}`, client))
      return seen
    }
    expect(await attempts('khongco@caunoi.test', '203.0.113.21')).toEqual(
      await attempts(emailOf(target), '203.0.113.22'),
    )
  }, 60_000)

  it('never locks the admin account, however many clients fail on it', async () => {
    for (let i = 0; i < 12; i++) expect((await logIn(emailOf(admin), `Sai@${i}`, `192.0.2.${i + 1}`)).status).toBe(401)
    const { status, body } = await logIn(emailOf(admin), PASSWORD, '192.0.2.200')
    expect(status).toBe(200)
    expect(body.user).toMatchObject({ email: emailOf(admin), role: 'super-admin' })
  }, 60_000)

  it('forgets a client’s failures on an account once it logs in', async () => {
    const target = await createActor(cms.payload, 'officer')
    const client = '198.51.100.40'
    for (let i = 0; i < 5; i++) expect((await logIn(emailOf(target), `Sai@${i}`, client)).status).toBe(401)
    expect((await logIn(emailOf(target), PASSWORD, client)).status).toBe(200)
    // Without the reset, this would be the sixth failure and the next attempt would have to wait.
    expect((await logIn(emailOf(target), 'Sai@typo', client)).status).toBe(401)
    expect((await logIn(emailOf(target), PASSWORD, client)).status).toBe(200)
  }, 60_000)
})
