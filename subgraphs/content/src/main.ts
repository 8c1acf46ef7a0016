// `npm start -w @caunoi/subgraph-content`: the content subgraph as its own process.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger, loadEnv, portVar, z } from '@caunoi/platform'
import { startContentSubgraph } from './server.ts'

const logger = createLogger('subgraph-content')
const env = loadEnv('subgraph-content', { CONTENT_PORT: portVar(4001), SUBGRAPH_HOST: z.string().default('127.0.0.1') })
const payload = await getCms()
const running = await startContentSubgraph({ payload, logger, port: env.CONTENT_PORT, host: env.SUBGRAPH_HOST })
logger.info({ url: running.url }, 'content subgraph ready')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.stop()
    await closeCms(payload)
    process.exit(0)
  })
}
