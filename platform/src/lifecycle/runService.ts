import type { Logger } from 'pino'
import { ConfigError } from '../config/loadEnv.ts'
import { startTracing } from '../telemetry/startTracing.ts'
import { stopOnSignals } from './stopOnSignals.ts'

/** The service's name for traces: the name its logger was created with. */
function serviceNameOf(logger: Logger): string {
  const name = (logger.bindings() as { name?: unknown }).name
  return typeof name === 'string' ? name : 'caunoi'
}

/**
 * Runs a service's start function: a configuration mistake prints its message (no stack trace)
 * and exits 1; once started, the service stops cleanly on SIGINT/SIGTERM. Traces are exported
 * when the OTEL_* variables ask for them (see startTracing), from before the service starts.
 */
export async function runService(
  logger: Logger,
  start: () => Promise<{ url: string; stop: () => Promise<void> }>,
): Promise<void> {
  try {
    const tracing = await startTracing(serviceNameOf(logger))
    if (tracing.enabled) logger.info('exporting traces (OTEL_* variables)')
    const running = await start()
    logger.info({ url: running.url }, 'ready')
    stopOnSignals(logger, async () => {
      await running.stop()
      // Last, so the spans of requests finished while stopping are sent too; an unreachable
      // collector costs those spans, not a clean stop.
      await tracing.stop().catch((error: unknown) => logger.warn({ err: error }, 'could not flush traces'))
    })
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message)
    else logger.fatal({ err: error }, 'failed to start')
    process.exit(1)
  }
}
