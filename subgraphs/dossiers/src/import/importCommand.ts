import { createLogger } from '@caunoi/platform'
import type { Payload } from 'payload'
import { createDossierImporter } from './importDossiers.ts'
import { importRows } from './importRows.ts'
import { readDossierFile } from './readDossierFile.ts'

const SHOWN_REJECTIONS = 20

export type CommandOutput = { out: (line: string) => void; err: (line: string) => void }

/**
 * The import command's work, apart from the process it runs in: reads the file, imports every row
 * (every unit in scope), prints a summary and the rejected rows. Returns the exit code: 0 when every
 * row was accepted, 2 when some were rejected, 1 when the file was unusable.
 */
export async function importCommand(payload: Payload, file: string, output: CommandOutput): Promise<number> {
  try {
    const rows = await readDossierFile(file)
    output.out(`Importing ${rows.length} dossiers from ${file}`)
    const startedAt = performance.now()
    const importer = createDossierImporter(payload, createLogger('import-dossiers'))
    const summary = await importRows(importer, rows, { partnerSystemId: null, unitIds: 'all' })
    const seconds = (performance.now() - startedAt) / 1000
    output.out(
      `Done in ${seconds.toFixed(1)} s: ${summary.created} created, ${summary.updated} updated, ` +
        `${summary.unchanged} unchanged, ${summary.stale} older than stored, ${summary.rejected.length} rejected`,
    )
    for (const rejected of summary.rejected.slice(0, SHOWN_REJECTIONS)) {
      const reasons = rejected.problems.map((p) => `${p.field}: ${p.message}`).join('; ')
      output.out(`  row ${rejected.index + 1} (${rejected.code ?? 'no code'}): ${reasons}`)
    }
    if (summary.rejected.length > SHOWN_REJECTIONS) {
      output.out(`  … and ${summary.rejected.length - SHOWN_REJECTIONS} more rejected rows`)
    }
    return summary.rejected.length > 0 ? 2 : 0
  } catch (error) {
    output.err(`Import failed: ${error instanceof Error ? error.message : String(error)}`)
    return 1
  }
}
