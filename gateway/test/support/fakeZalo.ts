import { createHmac } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export const ZALO_APP_SECRET = 'fake-zalo-app-secret'

export type FakeZalo = { url: string; calls: number; down: boolean; stop: () => Promise<void> }

/**
 * Zalo's Graph API /v2.0/me as documented for Mini Apps: the user for a valid `access_token`
 * header with a matching `appsecret_proof`, else `{ error, message }` with HTTP 200 as Zalo does.
 */
export async function startFakeZalo(users: Record<string, { id: string; name: string }>): Promise<FakeZalo> {
  const fake: FakeZalo = { url: '', calls: 0, down: false, stop: async () => undefined }
  const server = createServer((req, res) => {
    fake.calls += 1
    if (fake.down) return res.writeHead(503).end('upstream unavailable')
    const url = new URL(req.url ?? '/', 'http://zalo.invalid')
    const token = req.headers.access_token
    const send = (body: unknown) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body))
    if (url.pathname !== '/v2.0/me') return res.writeHead(404).end()
    if (typeof token !== 'string' || !users[token]) {
      return send({ error: 452, message: 'Session key invalid. This could be because the session key has expired' })
    }
    const proof = createHmac('sha256', ZALO_APP_SECRET).update(token).digest('hex')
    if (req.headers.appsecret_proof !== proof) return send({ error: -124, message: 'Invalid appsecret_proof' })
    const user = users[token]
    send({ id: user.id, name: user.name, picture: { data: { url: `https://s120.avatar.invalid/${user.id}.jpg` } } })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  fake.stop = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  return fake
}
