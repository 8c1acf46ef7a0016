import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { connect, type AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CACHE_WEBHOOK_SECRET_HEADER } from '@caunoi/platform'
import { abandonRaw, multipartForm, rawRequestBytes, sendRaw } from '@caunoi/platform/testing'
import { startGateway, type StartGatewayOptions } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const WEBHOOK_SECRET = 'cms-webhook-secret-for-tests-0123456789'
const HOME = 'query Home($code: ID!) { locality(code: $code) { name } }'

/** What became of a request the gateway forwarded: received whole, or cut off before its end. */
type Outcome = 'complete' | 'cut off'

/**
 * Stands in for the reports subgraph: `behave` decides what it does with each forwarded request
 * (read it and answer, reset the connection mid-body, or start an answer and die), and the
 * outcome of each request is kept.
 */
async function startSubgraph(behave: (req: IncomingMessage, res: ServerResponse, reset: () => void) => void) {
  const outcomes: Promise<Outcome>[] = []
  const server: Server = createServer((req, res) => {
    outcomes.push(
      new Promise((resolve) => {
        req.on('end', () => resolve('complete'))
        req.on('close', () => resolve(req.complete ? 'complete' : 'cut off'))
        req.on('error', () => {})
        req.resume()
      }),
    )
    behave(req, res, () => req.socket.resetAndDestroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    outcomes,
    server,
    stop: () => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))),
  }
}

describe('forwarded uploads that break off', () => {
  let stack: TestStack
  const stops: (() => Promise<void>)[] = []

  beforeAll(async () => {
    stack = await startTestStack()
  })
  afterAll(async () => {
    for (const stop of stops) await stop()
    await stack?.stop()
  })

  async function gatewayFor(reportsUrl: string, extra: Partial<StartGatewayOptions> = {}) {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      subgraphUrls: { reports: reportsUrl },
      logger: quietLogger(),
      subgraphTimeoutMs: 60_000,
      rateLimit: { perIp: 10_000, keyPrefix: `broken-forwards-${stops.length}` },
      ...extra,
    })
    stops.push(() => gateway.stop())
    return gateway
  }

  const { contentType, body } = multipartForm([{ name: 'a.jpg', type: 'image/jpeg', data: Buffer.alloc(200_000, 7) }])
  const halfUpload = rawRequestBytes({
    path: '/attachments',
    headers: { 'content-type': contentType },
    body: body.subarray(0, 50_000),
    contentLength: body.length,
  })

  it('lets the subgraph go when the client aborts mid-upload, instead of leaving it waiting', async () => {
    const subgraph = await startSubgraph(() => {})
    stops.push(subgraph.stop)
    const gateway = await gatewayFor(subgraph.url)
    await abandonRaw(gateway.url, halfUpload)
    while (subgraph.outcomes.length === 0) await new Promise((resolve) => setTimeout(resolve, 20))
    expect(await subgraph.outcomes[0]).toBe('cut off')
    expect((await fetch(new URL('/ready', gateway.url))).status).toBe(200)
  })

  it('answers 502 in JSON when the subgraph resets the connection mid-upload, and keeps serving', async () => {
    let calls = 0
    const subgraph = await startSubgraph((req, _res, reset) => {
      calls += 1
      req.once('data', reset)
    })
    stops.push(subgraph.stop)
    const gateway = await gatewayFor(subgraph.url)
    // The client pauses mid-upload, waiting for the gateway to say what happened.
    const socket = connect(Number(new URL(gateway.url).port), '127.0.0.1')
    let raw = ''
    socket.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk))
    socket.on('error', () => {})
    const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
    socket.write(halfUpload)
    await closed
    expect(calls).toBe(1)
    expect(raw).toMatch(/^HTTP\/1\.1 502 /)
    const answer = JSON.parse(raw.slice(raw.indexOf('\r\n\r\n') + 4))
    expect(answer.errors[0].extensions.code).toBe('SUBGRAPH_UNAVAILABLE')
    expect((await fetch(new URL('/ready', gateway.url))).status).toBe(200)
  })

  it('cuts the client’s answer off when the subgraph dies mid-answer, rather than leave it hanging', async () => {
    const subgraph = await startSubgraph((req, res, reset) => {
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json', 'content-length': '1000' })
        res.write('{"attachments":[', () => setImmediate(reset))
      })
    })
    stops.push(subgraph.stop)
    const gateway = await gatewayFor(subgraph.url)
    const small = multipartForm([{ name: 'a.jpg', type: 'image/jpeg', data: Buffer.alloc(10, 7) }])
    const answer = await sendRaw(
      gateway.url,
      rawRequestBytes({ path: '/attachments', headers: { 'content-type': small.contentType }, body: small.body }),
    )
    expect(answer.status).toBe(201)
    expect(answer.body.length).toBeLessThan(1000)
  })

  it('refuses an invalidation webhook whose body is cut short, and keeps the cache', async () => {
    const gateway = await gatewayFor(stack.reports.url, { responseCache: true, cacheWebhookSecret: WEBHOOK_SECRET })
    const calls = async (action: () => Promise<unknown>) => {
      const before = stack.content.requestIds.length
      await action()
      return stack.content.requestIds.length - before
    }
    const home = () => postGraphQL(gateway.url, { query: HOME, variables: { code: '01' } })
    await home()
    expect(await calls(home)).toBe(0)
    const event = JSON.stringify({ collection: 'procedures', id: 1 })
    const webhook = rawRequestBytes({
      path: '/cache/invalidate',
      headers: { 'content-type': 'application/json', [CACHE_WEBHOOK_SECRET_HEADER]: WEBHOOK_SECRET },
      body: event.slice(0, 10),
      contentLength: event.length,
    })
    const answer = await sendRaw(gateway.url, webhook, { thenEnd: true })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST')
    expect(await calls(home)).toBe(0)
  })

  it('answers an operationName the document does not have with 400, as the client’s mistake', async () => {
    const gateway = await gatewayFor(stack.reports.url)
    const reply = await postGraphQL(gateway.url, { query: HOME, operationName: 'Elsewhere', variables: { code: '01' } })
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('OPERATION_RESOLUTION_FAILURE')
  })
})
