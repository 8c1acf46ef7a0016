// `npm start -w @caunoi/subgraph-reports`: the reports subgraph as its own process.
import { getCms } from '@caunoi/cms'
import { createLogger, loadEnv, portVar, z } from '@caunoi/platform'
import { startReportsSubgraph } from './server.ts'

const logger = createLogger('subgraph-reports')
const env = loadEnv('subgraph-reports', { REPORTS_PORT: portVar(4002), SUBGRAPH_HOST: z.string().default('127.0.0.1') })
const payload = await getCms()
const running = await startReportsSubgraph({ payload, logger, port: env.REPORTS_PORT, host: env.SUBGRAPH_HOST })
logger.info({ url: running.url }, 'reports subgraph ready')

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, async () => {
    await running.stop()
    await payload.destroy()
    process.exit(0)
  })
}
