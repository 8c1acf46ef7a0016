// Child process of the benchmarks: seeded content and reports subgraphs on a throwaway database,
// SQLite unless the first argument says `postgres`. Prints the subgraph URLs, the database URL and
// the places a police unit receives reports from.
import { createTestCms, type TestDialect } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { startContentSubgraph } from '@caunoi/subgraph-content'
import { startReportsSubgraph } from '@caunoi/subgraph-reports'
import type { Payload } from 'payload'
import type { SubgraphsReady } from './subgraphsReady.ts'

const logger = createLogger('bench-subgraphs')
logger.level = 'warn'
const dialect: TestDialect = process.argv[2] === 'postgres' ? 'postgres' : 'sqlite'
process.stderr.write(`subgraphs: seeding a throwaway ${dialect} database with the demo data…\n`)
const cms = await createTestCms({ dialect })
/** Current communes and wards of the provinces whose police receive reports in the demo data. */
async function reportPlaces(payload: Payload): Promise<string[]> {
  const { docs: units } = await payload.find({
    collection: 'units',
    where: { kind: { equals: 'PROVINCIAL_POLICE' } },
    select: { locality: true },
    depth: 1,
    pagination: false,
  })
  const provinces = units.flatMap((unit) =>
    typeof unit.locality === 'object' && unit.locality ? [unit.locality.code] : [],
  )
  const { docs } = await payload.find({
    collection: 'localities',
    where: {
      and: [
        { provinceCode: { in: provinces } },
        { level: { in: ['COMMUNE', 'WARD'] } },
        { mergedInto: { exists: false } },
      ],
    },
    select: { code: true },
    sort: 'code',
    pagination: false,
    depth: 0,
  })
  return docs.map((locality) => locality.code)
}

const [content, reports] = await Promise.all([
  startContentSubgraph({ payload: cms.payload, logger, port: 0 }),
  startReportsSubgraph({ payload: cms.payload, logger, port: 0 }),
])
process.stdout.write(
  `READY ${JSON.stringify({
    content: content.url,
    reports: reports.url,
    databaseUrl: cms.databaseUrl,
    reportPlaces: await reportPlaces(cms.payload),
  } satisfies SubgraphsReady)}\n`,
)
process.on('SIGTERM', () => {
  void Promise.all([content.stop(), reports.stop()])
    .then(() => cms.destroy())
    .finally(() => process.exit(0))
})
