import { readFile } from 'node:fs/promises'
import { extname } from 'node:path'
import { parse } from 'csv-parse/sync'
import type { DossierRow } from './dossierRow.ts'

/** CSV columns, one dossier per line; `timeline` holds the steps as a JSON list. */
export const CSV_COLUMNS = [
  'code',
  'version',
  'procedureCode',
  'unitId',
  'applicantName',
  'applicantPhone',
  'applicantIdNumber',
  'status',
  'submittedAt',
  'dueAt',
  'completedAt',
  'timeline',
  'resultDelivery',
  'resultPlace',
  'resultAvailableFrom',
] as const

type CsvRecord = Partial<Record<(typeof CSV_COLUMNS)[number], string>>

function timelineOf(raw: string | undefined): unknown {
  if (!raw) return []
  try {
    return JSON.parse(raw)
  } catch {
    return raw // rejected by the row's validation, with its reason
  }
}

export function rowFromCsv(record: CsvRecord): DossierRow {
  return {
    code: record.code,
    version: record.version,
    procedureCode: record.procedureCode,
    unitId: record.unitId,
    applicant: { name: record.applicantName, phone: record.applicantPhone, idNumber: record.applicantIdNumber },
    status: record.status,
    submittedAt: record.submittedAt,
    dueAt: record.dueAt,
    completedAt: record.completedAt,
    timeline: timelineOf(record.timeline),
    result: { delivery: record.resultDelivery, place: record.resultPlace, availableFrom: record.resultAvailableFrom },
  }
}

/** Rows of a .csv (header line with CSV_COLUMNS) or .json file (a list, or `{ "dossiers": [...] }`). */
export async function readDossierFile(path: string): Promise<DossierRow[]> {
  const content = await readFile(path, 'utf8')
  if (extname(path).toLowerCase() === '.csv') {
    const records = parse(content, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as CsvRecord[]
    return records.map(rowFromCsv)
  }
  const parsed = JSON.parse(content) as unknown
  const rows = Array.isArray(parsed) ? parsed : (parsed as { dossiers?: unknown })?.dossiers
  if (!Array.isArray(rows)) throw new Error(`${path}: expected a JSON list of dossiers or { "dossiers": [...] }`)
  return rows as DossierRow[]
}
