// Child process of the benchmark: seeded content and reports subgraphs on a throwaway SQLite database.
import { createTestCms } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { startContentSubgraph } from '@caunoi/subgraph-content'
import { startReportsSubgraph } from '@caunoi/subgraph-reports'

const logger = createLogger('bench-subgraphs')
logger.level = 'warn'
process.stderr.write('subgraphs: seeding a throwaway SQLite database with the demo data…\n')
const cms = await createTestCms({ dialect: 'sqlite' })
const [content, reports] = await Promise.all([
  startContentSubgraph({ payload: cms.payload, logger, port: 0 }),
  startReportsSubgraph({ payload: cms.payload, logger, port: 0 }),
])
process.stdout.write(`READY ${JSON.stringify({ content: content.url, reports: reports.url })}\n`)
process.on('SIGTERM', () => {
  void Promise.all([content.stop(), reports.stop()])
    .then(() => cms.destroy())
    .finally(() => process.exit(0))
})
