import { createProgress } from '@caunoi/cms'
import {
  addSummaries,
  emptySummary,
  type DossierImporter,
  type ImportScope,
  type ImportSummary,
} from './importDossiers.ts'
import type { DossierRow } from './dossierRow.ts'

export const IMPORT_BATCH_SIZE = 500

type Out = { write: (line: string) => unknown; isTTY?: boolean }

/** Imports many rows in batches, with progress; row indexes in the summary count from the first row. */
export async function importRows(
  importer: DossierImporter,
  rows: readonly DossierRow[],
  scope: ImportScope,
  out: Out = process.stdout,
): Promise<ImportSummary> {
  const total = emptySummary()
  const progress = createProgress('dossiers', rows.length, out)
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_SIZE) {
    const batch = rows.slice(start, start + IMPORT_BATCH_SIZE)
    addSummaries(total, await importer.importBatch(batch, scope), start)
    progress.tick(batch.length)
  }
  progress.finish()
  return total
}
