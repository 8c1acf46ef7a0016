// `npm run worker:outbox -w @caunoi/subgraph-reports`: delivers report status events from the outbox.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger, loadEnv, runService, z } from '@caunoi/platform'
import { startOutboxWorker } from './outbox/outboxWorker.ts'

const logger = createLogger('outbox-worker')
await runService(logger, async () => {
  const env = loadEnv('outbox worker', {
    OUTBOX_POLL_MS: z.coerce.number().int().min(10).default(500),
    OUTBOX_LOCK_MS: z.coerce.number().int().min(100).default(60_000),
  })
  const payload = await getCms()
  const worker = startOutboxWorker({ payload, logger, pollMs: env.OUTBOX_POLL_MS, lockMs: env.OUTBOX_LOCK_MS })
  return {
    url: 'outbox',
    stop: async () => {
      await worker.stop()
      await closeCms(payload)
    },
  }
})
