// `npm run measure:import -w @caunoi/subgraph-dossiers [-- <rows>]`: imports synthetic dossiers
// (100,000 by default) into a throwaway SQLite database and prints how long it took.
import { createTestCms } from '@caunoi/cms/testing'
import { createLogger } from '@caunoi/platform'
import { createDossierImporter } from '../src/import/importDossiers.ts'
import { importRows } from '../src/import/importRows.ts'
import { demoUnitIds, syntheticDossierRows } from './syntheticDossiers.ts'

const count = Number(process.argv[2] ?? 100_000)
if (!Number.isInteger(count) || count <= 0) {
  console.error('usage: npm run measure:import -w @caunoi/subgraph-dossiers -- [rows]')
  process.exit(1)
}

console.log(`Preparing a throwaway ${process.env.TEST_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'} database…`)
const cms = await createTestCms()
try {
  const rows = syntheticDossierRows(count, await demoUnitIds(cms.payload))
  const importer = createDossierImporter(cms.payload, createLogger('measure-import'))
  const startedAt = performance.now()
  const summary = await importRows(importer, rows, { partnerSystemId: null, unitIds: 'all' })
  const seconds = (performance.now() - startedAt) / 1000
  console.log(
    `Imported ${summary.created} of ${count} dossiers in ${seconds.toFixed(1)} s ` +
      `(${Math.round(count / seconds)} rows/s; ${summary.rejected.length} rejected)`,
  )
} finally {
  await cms.destroy()
}
process.exit(0)
