// `npm start -w @caunoi/subgraph-dossiers`: the dossiers subgraph (and its import endpoint) as its own process.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger, loadEnv, portVar, runService, z } from '@caunoi/platform'
import { startDossiersSubgraph } from './server.ts'

const logger = createLogger('subgraph-dossiers')
await runService(logger, async () => {
  const env = loadEnv('subgraph-dossiers', {
    DOSSIERS_PORT: portVar(4003),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    // Verifies the caller identity the gateway signs; without it, requests claiming one are refused.
    CLAIMS_SECRET: z.string().min(32).optional(),
  })
  const payload = await getCms()
  const running = await startDossiersSubgraph({
    payload,
    logger,
    port: env.DOSSIERS_PORT,
    host: env.SUBGRAPH_HOST,
    claimsSecret: env.CLAIMS_SECRET,
  })
  return {
    url: running.url,
    stop: async () => {
      await running.stop()
      await closeCms(payload)
    },
  }
})
