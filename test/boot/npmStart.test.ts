import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { bootWithNpmStart, type BootedPlatform } from '../support/npmStart.ts'

let platform: BootedPlatform

beforeAll(async () => {
  platform = await bootWithNpmStart()
}, 600_000)

afterAll(async () => {
  await platform?.stop()
})

it('prints the URLs and the demo login, then serves the gateway and the admin', async () => {
  const { ports } = platform
  expect(platform.output()).toContain(`http://127.0.0.1:${ports.gateway}/graphql`)
  expect(platform.output()).toMatch(/Demo login\s+admin@caunoi\.local/)

  const response = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ locality(code: "33") { name reportStats { received } activeQuizzes { title } } }',
    }),
  })
  expect(await response.json()).toEqual({
    data: {
      locality: {
        name: 'Hưng Yên',
        reportStats: { received: 0 },
        activeQuizzes: [{ title: 'Tìm hiểu Luật An ninh mạng và Luật Căn cước' }],
      },
    },
  })

  // The README's dossier example: a seeded dossier, looked up with its applicant's phone number.
  const dossier = await fetch(`http://127.0.0.1:${ports.gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: '{ dossier(code: "HS-11953-250005", verifier: "0358000555") { status unit { name } } }',
    }),
  })
  expect(await dossier.json()).toEqual({
    data: { dossier: { status: 'RETURNED', unit: { name: 'Công an tỉnh Hưng Yên' } } },
  })

  const admin = await fetch(`http://127.0.0.1:${ports.cms}/admin/login`)
  expect(admin.status).toBe(200)
  expect(await admin.text()).toContain('Đăng nhập')
})

it('stops every process on Ctrl-C', async () => {
  // A terminal's Ctrl-C signals the whole foreground process group: npm, tsx and the start script.
  platform.signal('SIGINT')
  await platform.waitForOutput(/Stopped\./, 30_000)
  for (const port of Object.values(platform.ports)) {
    await expect(fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2000) })).rejects.toThrow()
  }
}, 60_000)
