import { markTracingStarted } from './tracingState.ts'

export type Tracing = {
  enabled: boolean
  /** Flushes the spans still queued and stops exporting. */
  stop: () => Promise<void>
}

const DISABLED: Tracing = { enabled: false, stop: async () => {} }

const isSet = (value: string | undefined) => value !== undefined && value.trim() !== ''

/**
 * Whether the OTEL_* variables ask for traces. Off unless an exporter or an OTLP endpoint is named:
 * the OpenTelemetry default (OTLP to localhost:4318) would otherwise make every service export.
 * OTEL_SDK_DISABLED=true and OTEL_TRACES_EXPORTER=none turn it off whatever else is set.
 */
export function tracingRequested(env: Record<string, string | undefined> = process.env): boolean {
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === 'true') return false
  const exporters = (env.OTEL_TRACES_EXPORTER ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
  if (exporters.includes('none')) return false
  return exporters.length > 0 || isSet(env.OTEL_EXPORTER_OTLP_ENDPOINT) || isSet(env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT)
}

/**
 * Starts the OpenTelemetry SDK for this process's traces when the OTEL_* variables ask for them
 * (exporter, endpoint, protocol, sampler, propagators, resource: the SDK reads them itself).
 * Otherwise the SDK is not even loaded, so a service without tracing pays nothing for it.
 * `serviceName` is used unless OTEL_SERVICE_NAME names the service.
 */
export async function startTracing(serviceName: string): Promise<Tracing> {
  if (!tracingRequested()) return DISABLED
  const { NodeSDK } = await import('@opentelemetry/sdk-node')
  const sdk = new NodeSDK({
    serviceName: isSet(process.env.OTEL_SERVICE_NAME) ? undefined : serviceName,
    // Traces only: metrics are Prometheus' (/metrics) and logs are pino's, so the SDK's own
    // defaults (OTLP metrics and logs) stay off.
    metricReaders: [],
    logRecordProcessors: [],
    // Spans come from the platform's HTTP handler and Apollo Gateway, not from module patching,
    // which needs loader hooks under ESM.
    instrumentations: [],
  })
  sdk.start()
  markTracingStarted()
  return { enabled: true, stop: () => sdk.shutdown() }
}
