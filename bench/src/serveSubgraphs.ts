// Child process of the benchmarks: seeded content and reports subgraphs on a throwaway database,
// SQLite unless the first argument says `postgres`. Prints the subgraph URLs and the database URL.
import { createTestCms, type TestDialect } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { startContentSubgraph } from '@caunoi/subgraph-content'
import { startReportsSubgraph } from '@caunoi/subgraph-reports'

const logger = createLogger('bench-subgraphs')
logger.level = 'warn'
const dialect: TestDialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
process.stderr.write(`subgraphs: seeding a throwaway ${dialect} database with the demo data…\n`)
const cms = await createTestCms({ dialect })
const [content, reports] = await Promise.all([
  startContentSubgraph({ payload: cms.payload, logger, port: 0 }),
  startReportsSubgraph({ payload: cms.payload, logger, port: 0 }),
])
process.stdout.write(
  `READY ${JSON.stringify({ content: content.url, reports: reports.url, databaseUrl: cms.databaseUrl })}\n`,
)
process.on('SIGTERM', () => {
  void Promise.all([content.stop(), reports.stop()])
    .then(() => cms.destroy())
    .finally(() => process.exit(0))
})
