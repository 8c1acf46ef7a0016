import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { startFakeOtlpCollector, type CollectedSpan, type FakeOtlpCollector } from '@caunoi/platform/testing'
import { startServiceProcess, type ServiceProcess } from '../support/serviceProcess.ts'

const SERVER = 2
const REQUEST_ID = 'trace-e2e-0001'

/** The environment without any OTEL_* variable the developer may have set. */
function baseEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  for (const name of Object.keys(env)) if (name.startsWith('OTEL_')) delete env[name]
  return env
}

describe('OpenTelemetry traces through the gateway and a subgraph', () => {
  let cms: TestCms
  let collector: FakeOtlpCollector
  let content: ServiceProcess | undefined
  let gateway: ServiceProcess | undefined

  beforeAll(async () => {
    collector = await startFakeOtlpCollector()
    // Only the database: the services run as the processes `npm start` would start.
    cms = await createTestCms({ seed: false })
    const otel = {
      OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_BSP_SCHEDULE_DELAY: '100',
    }
    content = await startServiceProcess('subgraphs/content/src/main.ts', {
      ...baseEnv(),
      ...otel,
      DATABASE_URL: cms.databaseUrl,
      UPLOADS_DIR: cms.uploadsDir,
      MEDIA_DIR: cms.mediaDir,
      CONTENT_PORT: '0',
    })
    gateway = await startServiceProcess('gateway/src/main.ts', {
      ...baseEnv(),
      ...otel,
      GATEWAY_PORT: '0',
      SUBGRAPH_CONTENT_URL: content.url,
      SUPERGRAPH_RELOAD: 'false',
      GATEWAY_RESPONSE_CACHE: 'false',
    })
  }, 180_000)

  afterAll(async () => {
    await gateway?.stop()
    await content?.stop()
    await cms?.destroy()
    await collector?.stop()
  })

  it('exports one trace: the gateway request, its subgraph fetch, and the subgraph call as its child', async () => {
    const response = await fetch(gateway!.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': REQUEST_ID },
      body: JSON.stringify({ query: 'query TracedLocality { locality(code: "01") { code name } }' }),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe(REQUEST_ID)
    expect(await response.json()).toEqual({ data: { locality: null } })

    const contentServerSpan = (spans: CollectedSpan[]) =>
      spans.find((span) => span.service === 'subgraph-content' && span.kind === SERVER && span.name === 'POST /graphql')
    const gatewayServerSpan = (spans: CollectedSpan[]) =>
      spans.find((span) => span.service === 'gateway' && span.kind === SERVER && span.name === 'POST /graphql')
    const spans = await collector.waitForSpans(
      (received) => Boolean(contentServerSpan(received) && gatewayServerSpan(received)),
      30_000,
    )
    expect(collector.rejected).toEqual([])

    const root = gatewayServerSpan(spans)!
    expect(root.parentSpanId).toBeUndefined()
    expect(root.attributes).toMatchObject({
      'http.response.status_code': 200,
      'graphql.operation.name': 'TracedLocality',
      'caunoi.request_id': REQUEST_ID,
    })
    const trace = spans.filter((span) => span.traceId === root.traceId)
    const byId = new Map(trace.map((span) => [span.spanId, span]))

    // Apollo Gateway's spans sit under the gateway's request span...
    const fetchSpan = trace.find((span) => span.name === 'gateway.fetch' && span.attributes.service === 'content')
    expect(fetchSpan).toBeDefined()
    const ancestry: string[] = []
    for (let span = fetchSpan; span; span = span.parentSpanId ? byId.get(span.parentSpanId) : undefined) {
      ancestry.push(`${span.service} ${span.name}`)
    }
    expect(ancestry).toEqual([
      'gateway gateway.fetch',
      'gateway gateway.execute',
      'gateway gateway.request',
      'gateway POST /graphql',
    ])

    // ...and the subgraph's span, in another process, is the child of the fetch that called it,
    // with the request id still passed along beside the trace context.
    const subgraph = contentServerSpan(spans)!
    expect(subgraph.traceId).toBe(root.traceId)
    expect(subgraph.parentSpanId).toBe(fetchSpan!.spanId)
    expect(subgraph.attributes).toMatchObject({
      'http.response.status_code': 200,
      'graphql.operation.type': 'query',
      'caunoi.request_id': REQUEST_ID,
    })
  })
})
