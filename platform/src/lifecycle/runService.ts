import type { Logger } from 'pino'
import { ConfigError } from '../config/loadEnv.ts'
import { stopOnSignals } from './stopOnSignals.ts'

/**
 * Runs a service's start function: a configuration mistake prints its message (no stack trace)
 * and exits 1; once started, the service stops cleanly on SIGINT/SIGTERM.
 */
export async function runService(
  logger: Logger,
  start: () => Promise<{ url: string; stop: () => Promise<void> }>,
): Promise<void> {
  try {
    const running = await start()
    logger.info({ url: running.url }, 'ready')
    stopOnSignals(logger, running.stop)
  } catch (error) {
    if (error instanceof ConfigError) console.error(error.message)
    else logger.fatal({ err: error }, 'failed to start')
    process.exit(1)
  }
}
