import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { tracingRequested } from '../src/index.ts'
import { startFakeOtlpCollector, type FakeOtlpCollector } from '../src/testing/index.ts'

const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url))
const SERVICE = fileURLToPath(new URL('./support/tracedSubgraph.ts', import.meta.url))
const CALLER_TRACE_ID = '0af7651916cd43dd8448eb211c80319c'
const CALLER_SPAN_ID = 'b7ad6b7169203331'

type Observed = { answer: string; enabled: boolean; sdkLoaded: boolean; recording: boolean }

/** The environment of this test process without any OTEL_* variable, plus `otel`. */
function envWith(otel: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('OTEL_')))
  return { ...env, LOG_LEVEL: 'silent', ...otel }
}

/** Tracing is global to a process, so each case runs a service in a process of its own. */
async function runTracedService(otel: Record<string, string>): Promise<Observed> {
  const { stdout } = await promisify(execFile)(TSX, [SERVICE, `00-${CALLER_TRACE_ID}-${CALLER_SPAN_ID}-01`], {
    env: envWith(otel),
    timeout: 60_000,
  })
  return JSON.parse(stdout) as Observed
}

describe('which OTEL_* settings turn tracing on', () => {
  it.each([
    [{}, false],
    [{ OTEL_SERVICE_NAME: 'gateway' }, false],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' }, true],
    [{ OTEL_TRACES_EXPORTER: 'otlp' }, true],
    [{ OTEL_TRACES_EXPORTER: 'console' }, true],
    [{ OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, false],
    [{ OTEL_SDK_DISABLED: 'true', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, false],
    [{ OTEL_SDK_DISABLED: 'false', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' }, true],
    [{ OTEL_EXPORTER_OTLP_ENDPOINT: '  ' }, false],
  ])('%j → %s', (env, expected) => {
    expect(tracingRequested(env)).toBe(expected)
  })
})

describe('tracing in a service process', () => {
  // Each case starts a TypeScript process of its own.
  const PROCESS_TIMEOUT_MS = 60_000

  let collector: FakeOtlpCollector

  beforeAll(async () => {
    collector = await startFakeOtlpCollector()
  })

  afterAll(async () => {
    await collector?.stop()
  }, PROCESS_TIMEOUT_MS)

  it(
    'without OTEL_* variables loads no SDK, registers no tracer provider and exports nothing',
    async () => {
      const observed = await runTracedService({})
      expect(observed).toEqual({ answer: 'pong', enabled: false, sdkLoaded: false, recording: false })
      expect(collector.spans).toEqual([])
    },
    PROCESS_TIMEOUT_MS,
  )

  it(
    'with OTEL_SDK_DISABLED=true stays off even when an endpoint is set',
    async () => {
      const observed = await runTracedService({
        OTEL_SDK_DISABLED: 'true',
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      })
      expect(observed).toEqual({ answer: 'pong', enabled: false, sdkLoaded: false, recording: false })
      expect(collector.spans).toEqual([])
    },
    PROCESS_TIMEOUT_MS,
  )

  it(
    "exports a server span per request over OTLP/HTTP, continuing the caller's trace",
    async () => {
      const observed = await runTracedService({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      })
      expect(observed).toEqual({ answer: 'pong', enabled: true, sdkLoaded: true, recording: true })
      // Sent on stop at the latest: the SDK is flushed before the process ends.
      expect(collector.rejected).toEqual([])
      expect(collector.spans).toEqual([
        expect.objectContaining({
          service: 'traced-test',
          name: 'POST /graphql',
          kind: 2, // SERVER
          traceId: CALLER_TRACE_ID,
          parentSpanId: CALLER_SPAN_ID,
          attributes: expect.objectContaining({
            'http.request.method': 'POST',
            'http.route': '/graphql',
            'http.response.status_code': 200,
            'graphql.operation.name': 'Ping',
            'graphql.operation.type': 'query',
            'caunoi.request_id': 'req-traced-1',
          }),
        }),
      ])
    },
    PROCESS_TIMEOUT_MS,
  )

  it(
    'names the service after OTEL_SERVICE_NAME when it is set',
    async () => {
      collector.spans.length = 0
      await runTracedService({
        OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
        OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
        OTEL_SERVICE_NAME: 'content-eu',
      })
      expect(collector.spans.map((span) => span.service)).toEqual(['content-eu'])
    },
    PROCESS_TIMEOUT_MS,
  )
})
