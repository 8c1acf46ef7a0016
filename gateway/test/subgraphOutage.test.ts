import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { postGraphQL, startFakeSubgraph, type FakeServer } from './support/http.ts'
import {
  composeTestSupergraph,
  quietLogger,
  startContentSubgraph,
  startReportsSubgraph,
  type TestSubgraph,
} from './support/testSubgraphs.ts'

const localityWithStats = '{ locality(code: "04") { code name reportStats { received } } }'

describe('a subgraph outage', () => {
  let content: TestSubgraph
  let reports: TestSubgraph
  let silent: FakeServer
  let badGateway: FakeServer
  const gateways: RunningServer[] = []
  let supergraphSdl: string

  beforeAll(async () => {
    ;[content, reports, silent, badGateway] = await Promise.all([
      startContentSubgraph(),
      startReportsSubgraph(),
      startFakeSubgraph(),
      startFakeSubgraph((res) => {
        res.writeHead(502, { 'content-type': 'text/html' })
        res.end('<html><body>502 Bad Gateway (nginx/1.24.0)</body></html>')
      }),
    ])
    supergraphSdl = composeTestSupergraph([content, reports])
    // The real reports subgraph is only needed for composition: every gateway below points elsewhere.
    await reports.stop()
  })

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()))
    await Promise.all([content?.stop(), silent?.stop(), badGateway?.stop()])
  })

  async function gatewayWithReportsAt(url: string | undefined) {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl,
      subgraphUrls: url ? { reports: url } : {},
      subgraphTimeoutMs: 300,
      logger: quietLogger(),
    })
    gateways.push(gateway)
    return gateway
  }

  function expectContentDataAndReportsNamed(reply: Awaited<ReturnType<typeof postGraphQL>>) {
    expect(reply.status).toBe(200)
    expect(reply.body.data).toEqual({ locality: { code: '04', name: 'Tỉnh Cao Bằng', reportStats: null } })
    expect(reply.body.errors).toEqual([
      {
        message: expect.stringContaining('"reports"'),
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'reports' },
      },
    ])
    expect(reply.text).not.toMatch(/stacktrace|127\.0\.0\.1|ECONNREFUSED|nginx/)
  }

  it('returns the healthy subgraph’s data and an error naming the subgraph that is down', async () => {
    const gateway = await gatewayWithReportsAt(undefined)

    expectContentDataAndReportsNamed(await postGraphQL(gateway.url, { query: localityWithStats }))
  })

  it('still answers queries that need only the healthy subgraph', async () => {
    const gateway = await gatewayWithReportsAt(undefined)
    const reply = await postGraphQL(gateway.url, { query: '{ locality(code: "01") { name } }' })

    expect(reply.body).toEqual({ data: { locality: { name: 'Thành phố Hà Nội' } } })
  })

  it('names a subgraph that accepts the connection but does not answer in time', async () => {
    const gateway = await gatewayWithReportsAt(silent.url)
    const started = Date.now()

    expectContentDataAndReportsNamed(await postGraphQL(gateway.url, { query: localityWithStats }))
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('names a subgraph whose proxy answers 502', async () => {
    const gateway = await gatewayWithReportsAt(badGateway.url)

    expectContentDataAndReportsNamed(await postGraphQL(gateway.url, { query: localityWithStats }))
  })
})
