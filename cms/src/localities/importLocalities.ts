import type { Payload } from 'payload'
import { createProgress } from '../seed/progress.ts'
import { planLocalityImport, type RejectedRow } from './planLocalityImport.ts'

type Out = { write: (line: string) => unknown; isTTY?: boolean }

export type LocalityImportReport = {
  created: number
  existing: number
  rejected: RejectedRow[]
  /** Locality id by code, for callers that link demo data to localities. */
  ids: Map<string, number>
}

/**
 * Loads the administrative map through the Local API. Idempotent: codes already present are left
 * as they are, so a second run creates nothing.
 */
export async function importLocalities(
  payload: Payload,
  options: { provinceCodes?: readonly string[]; out?: Out } = {},
): Promise<LocalityImportReport> {
  const out = options.out ?? process.stdout
  const { rows, rejected } = planLocalityImport(options)
  const { docs } = await payload.find({
    collection: 'localities',
    pagination: false,
    depth: 0,
    select: { code: true, provinceCode: true },
  })
  const ids = new Map(docs.map((d) => [d.code, d.id]))
  const provinceOf = new Map(docs.map((d) => [d.code, d.provinceCode ?? null]))
  const progress = createProgress('localities', rows.length, out)
  let created = 0
  for (const row of rows) {
    if (!ids.has(row.code)) {
      const parent = row.parentCode ? ids.get(row.parentCode) : undefined
      const doc = await payload.create({
        collection: 'localities',
        data: {
          code: row.code,
          name: row.name,
          level: row.level,
          parent,
          mergedInto: row.mergedIntoCode ? ids.get(row.mergedIntoCode) : undefined,
        },
        // The parent was just written; passing its codes saves a lookup per row (see deriveLocalityKeys).
        context: row.parentCode
          ? { parentKeys: { code: row.parentCode, provinceCode: provinceOf.get(row.parentCode) ?? row.parentCode } }
          : undefined,
      })
      ids.set(doc.code, doc.id)
      provinceOf.set(doc.code, doc.provinceCode ?? null)
      created++
    }
    progress.tick()
  }
  progress.finish()
  return { created, existing: rows.length - created, rejected, ids }
}

/** One line per rejection reason with a few examples; the full list is in the report. */
export function summarizeRejections(rejected: RejectedRow[], examples = 3): string[] {
  const byReason = new Map<string, RejectedRow[]>()
  for (const r of rejected) byReason.set(r.reason, [...(byReason.get(r.reason) ?? []), r])
  return [...byReason].map(
    ([reason, rows]) =>
      `rejected ${rows.length} ${rows[0]!.source} row(s): ${reason} (e.g. ${rows
        .slice(0, examples)
        .map((r) => r.row)
        .join('; ')})`,
  )
}
