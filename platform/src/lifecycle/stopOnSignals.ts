import type { Logger } from 'pino'

/** Stops a service cleanly on Ctrl-C or a supervisor's SIGTERM, then exits. */
export function stopOnSignals(logger: Logger, stop: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, async () => {
      logger.info({ signal }, 'stopping')
      try {
        await stop()
        process.exit(0)
      } catch (error) {
        logger.error({ err: error }, 'unclean stop')
        process.exit(1)
      }
    })
  }
}
