import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

describe('metrics and readiness', () => {
  let stack: TestStack
  let gateway: RunningGateway

  beforeAll(async () => {
    stack = await startTestStack()
    gateway = await startGateway({
      port: 0,
      metricsPort: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
  })

  const scrape = async () => {
    const response = await fetch(gateway.metricsUrl!)
    expect(response.headers.get('content-type')).toContain('text/plain')
    return response.text()
  }

  it('serves metrics on their own loopback listener, never on the public port', async () => {
    expect(gateway.metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/)
    expect(new URL(gateway.metricsUrl!).port).not.toBe(new URL(gateway.url).port)
    const publicPort = await fetch(new URL('/metrics', gateway.url))
    expect(publicPort.status).toBe(404)
    expect(await publicPort.text()).not.toContain('gateway_graphql_requests_total')
  })

  it('counts and times operations by name, and times each subgraph call', async () => {
    await postGraphQL(gateway.url, {
      query: 'query MiniAppHome { locality(code: "01") { name reportStats { received } } }',
    })
    await postGraphQL(gateway.url, { query: 'query MiniAppHome { locality(code: "04") { name } }' })
    await postGraphQL(gateway.url, { query: 'query Broken { brokenLocality { name } }' })

    const metrics = await scrape()
    expect(metrics).toContain('gateway_graphql_requests_total{operation="MiniAppHome",outcome="ok"} 2')
    expect(metrics).toContain('gateway_graphql_requests_total{operation="Broken",outcome="error"} 1')
    expect(metrics).toContain('gateway_graphql_request_duration_seconds_count{operation="MiniAppHome"} 2')
    expect(metrics).toMatch(/gateway_subgraph_request_duration_seconds_count\{subgraph="content"\} [1-9]/)
    expect(metrics).toMatch(/gateway_subgraph_request_duration_seconds_count\{subgraph="reports"\} 1/)
    expect(metrics).toContain('gateway_process_resident_memory_bytes')
  })

  it('counts calls to a subgraph that is down as its errors', async () => {
    await stack.reports.stop()
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "01") { name reportStats { received } } }',
    })
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('SUBGRAPH_UNAVAILABLE')
    expect(await scrape()).toMatch(/gateway_subgraph_errors_total\{subgraph="reports"\} [1-9]/)
  })

  it('keeps operation names an attacker invents from growing the metrics without bound', async () => {
    for (let i = 0; i < 210; i++) await postGraphQL(gateway.url, { query: `query Invented${i} { __typename }` })
    const metrics = await scrape()
    expect(metrics).toContain('operation="other"')
    expect(metrics).not.toContain('Invented209')
  })

  it('is ready while serving and not once stopping', async () => {
    const ready = await fetch(new URL('/ready', gateway.url))
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ ready: true })
  })
})
