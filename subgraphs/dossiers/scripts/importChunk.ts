// One chunk of synthetic dossiers, in its own process (see loadSyntheticDossiers.ts for why).
// Arguments: <first index> <count> <total>; DATABASE_URL and PAYLOAD_SECRET from the environment.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger } from '@caunoi/platform'
import { createDossierImporter } from '../src/import/importDossiers.ts'
import { IMPORT_BATCH_SIZE } from '../src/import/importRows.ts'
import { demoUnitIds, syntheticDossierRows } from './syntheticDossiers.ts'

const [first, count] = process.argv.slice(2).map(Number) as [number, number]
const payload = await getCms()
try {
  const rows = syntheticDossierRows(first + count, await demoUnitIds(payload)).slice(first)
  const importer = createDossierImporter(payload, createLogger('import-chunk'))
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    const summary = await importer.importBatch(rows.slice(start, start + IMPORT_BATCH_SIZE), {
      partnerSystemId: null,
      unitIds: 'all',
    })
    if (summary.rejected.length > 0) throw new Error(`rejected: ${JSON.stringify(summary.rejected[0])}`)
    // One line per batch on stdout: the parent turns it into progress.
    console.log(`imported ${Math.min(IMPORT_BATCH_SIZE, rows.length - start)}`)
  }
} finally {
  await closeCms(payload)
}
process.exit(0)
