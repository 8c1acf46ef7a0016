// `npm run import:dossiers -w @caunoi/subgraph-dossiers -- <file.csv|file.json>`: an operator's
// import of a partner system's export, straight into the database (every unit in scope).
// Exits 0 when every row was accepted, 2 when some were rejected (listed), 1 when the file was unusable.
import { resolve } from 'node:path'
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger } from '@caunoi/platform'
import { createDossierImporter } from './importDossiers.ts'
import { importRows } from './importRows.ts'
import { readDossierFile } from './readDossierFile.ts'

const SHOWN_REJECTIONS = 20

// npm runs workspace scripts in the package folder; a relative path means the caller's folder.
const file = process.argv[2] && resolve(process.env.INIT_CWD ?? process.cwd(), process.argv[2])
if (!file) {
  console.error('usage: npm run import:dossiers -w @caunoi/subgraph-dossiers -- <file.csv|file.json>')
  process.exit(1)
}

const payload = await getCms()
try {
  const rows = await readDossierFile(file)
  console.log(`Importing ${rows.length} dossiers from ${file}`)
  const startedAt = performance.now()
  const importer = createDossierImporter(payload, createLogger('import-dossiers'))
  const summary = await importRows(importer, rows, { partnerSystemId: null, unitIds: 'all' })
  const seconds = (performance.now() - startedAt) / 1000
  console.log(
    `Done in ${seconds.toFixed(1)} s: ${summary.created} created, ${summary.updated} updated, ` +
      `${summary.unchanged} unchanged, ${summary.stale} older than stored, ${summary.rejected.length} rejected`,
  )
  for (const rejected of summary.rejected.slice(0, SHOWN_REJECTIONS)) {
    const reasons = rejected.problems.map((p) => `${p.field}: ${p.message}`).join('; ')
    console.log(`  row ${rejected.index + 1} (${rejected.code ?? 'no code'}): ${reasons}`)
  }
  if (summary.rejected.length > SHOWN_REJECTIONS) {
    console.log(`  … and ${summary.rejected.length - SHOWN_REJECTIONS} more rejected rows`)
  }
  process.exitCode = summary.rejected.length > 0 ? 2 : 0
} catch (error) {
  console.error(`Import failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await closeCms(payload)
}
process.exit()
