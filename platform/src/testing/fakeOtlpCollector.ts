import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One span as an OTLP/JSON exporter sends it, flattened with its service's name. */
export type CollectedSpan = {
  service: string | undefined
  scope: string | undefined
  traceId: string
  spanId: string
  parentSpanId: string | undefined
  name: string
  kind: number
  attributes: Record<string, unknown>
}

type OtlpValue = { stringValue?: string; intValue?: string | number; boolValue?: boolean; doubleValue?: number }
type OtlpAttribute = { key: string; value: OtlpValue }
type OtlpTraces = {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] }
    scopeSpans?: {
      scope?: { name?: string }
      spans?: {
        traceId: string
        spanId: string
        parentSpanId?: string
        name: string
        kind: number
        attributes?: OtlpAttribute[]
      }[]
    }[]
  }[]
}

const valueOf = (value: OtlpValue) =>
  value.stringValue ??
  (value.intValue !== undefined ? Number(value.intValue) : undefined) ??
  value.boolValue ??
  value.doubleValue

const attributesOf = (attributes: OtlpAttribute[] = []) =>
  Object.fromEntries(attributes.map((attribute) => [attribute.key, valueOf(attribute.value)]))

/**
 * A local stand-in for an OpenTelemetry collector's OTLP/HTTP traces endpoint (JSON protocol,
 * `OTEL_EXPORTER_OTLP_PROTOCOL=http/json`) on a free port: it keeps every span it receives.
 */
export async function startFakeOtlpCollector() {
  const spans: CollectedSpan[] = []
  const rejected: string[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/traces' || !req.headers['content-type']?.includes('json')) {
        rejected.push(`${req.method} ${req.url} ${req.headers['content-type']}`)
        res.writeHead(415).end()
        return
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpTraces
      for (const resourceSpans of body.resourceSpans ?? []) {
        const service = attributesOf(resourceSpans.resource?.attributes)['service.name']
        for (const scopeSpans of resourceSpans.scopeSpans ?? []) {
          for (const span of scopeSpans.spans ?? []) {
            spans.push({
              service: typeof service === 'string' ? service : undefined,
              scope: scopeSpans.scope?.name,
              traceId: span.traceId,
              spanId: span.spanId,
              parentSpanId: span.parentSpanId || undefined,
              name: span.name,
              kind: span.kind,
              attributes: attributesOf(span.attributes),
            })
          }
        }
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    /** The OTEL_EXPORTER_OTLP_ENDPOINT to give exporters (they append /v1/traces). */
    endpoint: `http://127.0.0.1:${port}`,
    spans,
    /** Requests that were not OTLP/JSON traces. */
    rejected,
    /** Resolves with the spans once `done` accepts them; fails with what arrived after `timeoutMs`. */
    async waitForSpans(done: (spans: CollectedSpan[]) => boolean, timeoutMs = 15_000): Promise<CollectedSpan[]> {
      const deadline = Date.now() + timeoutMs
      while (!done(spans)) {
        if (Date.now() > deadline) {
          throw new Error(
            `expected spans did not arrive; got: ${JSON.stringify(spans.map((span) => [span.service, span.name]))}`,
          )
        }
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
      return spans
    },
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

export type FakeOtlpCollector = Awaited<ReturnType<typeof startFakeOtlpCollector>>
