import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLAIMS_HEADER, verifyClaims, type RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { startFakeSubgraph, type FakeServer } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { staffToken, TEST_CLAIMS_SECRET, TEST_PAYLOAD_SECRET } from './support/tokens.ts'

type Received = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string }

/** Stands in for the reports subgraph's Open311 route: records each request and echoes it. */
async function startRecordingSubgraph() {
  const received: Received[] = []
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    received.push({ method: req.method, url: req.url, headers: req.headers, body: Buffer.concat(chunks).toString() })
    res.writeHead(req.url?.includes('missing') ? 404 : 201, {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
      'set-cookie': 'leak=1',
    })
    res.end(JSON.stringify([{ service_request_id: 'PA-7K3M9-QXD1T' }]))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    received,
    stop: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

describe('REST routes forwarded to a subgraph (Open311)', () => {
  let stack: TestStack
  let recording: Awaited<ReturnType<typeof startRecordingSubgraph>>
  let silent: FakeServer
  const gateways: RunningServer[] = []
  const base = (gateway: RunningServer) => gateway.url.replace(/\/graphql$/, '')

  const start = async (reportsUrl: string, perIp = 100, subgraphTimeoutMs = 5_000) => {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      subgraphUrls: { reports: reportsUrl },
      logger: quietLogger(),
      payloadSecret: TEST_PAYLOAD_SECRET,
      claimsSecret: TEST_CLAIMS_SECRET,
      subgraphTimeoutMs,
      rateLimit: { perIp, keyPrefix: `rest-forward-${gateways.length}` },
    })
    gateways.push(gateway)
    return gateway
  }

  beforeAll(async () => {
    stack = await startTestStack()
    recording = await startRecordingSubgraph()
    silent = await startFakeSubgraph()
  })
  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()))
    await Promise.all([stack?.stop(), recording?.stop(), silent?.stop()])
  })

  it('forwards method, path, query and body, with the client address, request id and signed claims', async () => {
    const gateway = await start(recording.url)
    const token = await staffToken({ id: 7, role: 'officer', unit: 3 })
    const response = await fetch(`${base(gateway)}/open311/v2/requests.json?x=1`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'idempotency-key': 'key-12345678',
        'x-request-id': 'req-open311-1',
        'x-forwarded-for': '203.0.113.9',
        authorization: `Bearer ${token}`,
        cookie: 'session=secret',
      },
      body: 'service_code=ADMIN_FEEDBACK&description=abc',
    })
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual([{ service_request_id: 'PA-7K3M9-QXD1T' }])
    expect(response.headers.get('cache-control')).toBe('no-store')
    expect(response.headers.get('x-request-id')).toBe('req-open311-1')
    expect(response.headers.get('set-cookie')).toBeNull()

    const [forwarded] = recording.received.slice(-1)
    expect(forwarded).toMatchObject({
      method: 'POST',
      url: '/open311/v2/requests.json?x=1',
      body: 'service_code=ADMIN_FEEDBACK&description=abc',
    })
    expect(forwarded!.headers).toMatchObject({
      'content-type': 'application/x-www-form-urlencoded',
      'idempotency-key': 'key-12345678',
      'x-request-id': 'req-open311-1',
    })
    expect(forwarded!.headers.authorization).toBeUndefined()
    expect(forwarded!.headers.cookie).toBeUndefined()
    // The client address travels only inside the claims signed for reports.
    expect(forwarded!.headers['x-forwarded-for']).toBeUndefined()
    const claims = verifyClaims(forwarded!.headers[CLAIMS_HEADER] as string, TEST_CLAIMS_SECRET, 'reports')
    expect(claims.identity).toMatchObject({ userId: '7', role: 'officer' })
    // The peer's address: a client-sent X-Forwarded-For is not trusted at the edge.
    expect(claims.clientAddress).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
    expect(() => verifyClaims(forwarded!.headers[CLAIMS_HEADER] as string, TEST_CLAIMS_SECRET, 'content')).toThrow()
  })

  it('signs, behind a trusted proxy, the address the proxy reports, and no identity for an anonymous caller', async () => {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      subgraphUrls: { reports: recording.url },
      logger: quietLogger(),
      claimsSecret: TEST_CLAIMS_SECRET,
      trustProxy: true,
      rateLimit: { keyPrefix: 'rest-forward-proxy' },
    })
    gateways.push(gateway)
    const response = await fetch(`${base(gateway)}/open311/v2/services.json`, {
      headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.2' },
    })
    expect(response.status).toBe(201)
    const header = recording.received.at(-1)!.headers[CLAIMS_HEADER] as string
    expect(verifyClaims(header, TEST_CLAIMS_SECRET, 'reports')).toEqual({
      audience: 'reports',
      clientAddress: '203.0.113.9',
    })
  })

  it('passes the subgraph’s status through, and forwards only the Open311 prefix and attachment uploads', async () => {
    const gateway = await start(recording.url)
    const before = recording.received.length
    expect((await fetch(`${base(gateway)}/open311/v2/requests/missing.json`)).status).toBe(404)
    expect((await fetch(`${base(gateway)}/open311/v3/services.json`)).status).toBe(404)
    expect((await fetch(`${base(gateway)}/attachments`)).status).toBe(404)
    expect(recording.received.length).toBe(before + 1)

    const form = new FormData()
    form.append('files', new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }), 'a.jpg')
    expect((await fetch(`${base(gateway)}/attachments`, { method: 'POST', body: form })).status).toBe(201)
    const upload = recording.received.at(-1)!
    expect(upload).toMatchObject({ method: 'POST', url: '/attachments' })
    expect(upload.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/)
    expect(upload.body).toContain('filename="a.jpg"')
  })

  it('counts forwarded requests against the client’s rate limit', async () => {
    const gateway = await start(recording.url, 2)
    for (let i = 0; i < 2; i++) expect((await fetch(`${base(gateway)}/open311/v2/services.json`)).status).toBe(201)
    const refused = await fetch(`${base(gateway)}/open311/v2/services.json`)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
  })

  it('refuses a forged token at the door, before anything is forwarded', async () => {
    const gateway = await start(recording.url)
    const before = recording.received.length
    const forged = await staffToken({ id: 1, role: 'super-admin' }, { secret: 'not-the-payload-secret-0123456789' })
    const response = await fetch(`${base(gateway)}/open311/v2/services.json`, {
      headers: { authorization: `Bearer ${forged}` },
    })
    expect(response.status).toBe(401)
    expect(recording.received.length).toBe(before)
  })

  it('answers in the Open311 error format when the subgraph is down or silent', async () => {
    const down = await start('http://127.0.0.1:9/graphql')
    const unreachable = await fetch(`${base(down)}/open311/v2/services.json`)
    expect(unreachable.status).toBe(502)
    expect(await unreachable.json()).toEqual([{ code: 502, description: expect.stringContaining('tạm thời') }])

    const slow = await start(silent.url, 100, 300)
    const timedOut = await fetch(`${base(slow)}/open311/v2/services.json`)
    expect(timedOut.status).toBe(504)
    expect(await timedOut.json()).toEqual([{ code: 504, description: expect.any(String) }])
  })
})
