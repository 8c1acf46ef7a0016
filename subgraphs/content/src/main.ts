// `npm start -w @caunoi/subgraph-content`: the content subgraph as its own process.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger, loadEnv, portVar, runService, z } from '@caunoi/platform'
import { startContentSubgraph } from './server.ts'

const logger = createLogger('subgraph-content')
await runService(logger, async () => {
  const env = loadEnv('subgraph-content', {
    CONTENT_PORT: portVar(4001),
    SUBGRAPH_HOST: z.string().default('127.0.0.1'),
    // Verifies the caller identity the gateway signs; without it, requests claiming one are refused.
    CLAIMS_SECRET: z.string().min(32).optional(),
  })
  const payload = await getCms()
  const running = await startContentSubgraph({
    payload,
    logger,
    port: env.CONTENT_PORT,
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
