import type { Payload } from 'payload'
import type { DossierRow } from '../src/import/dossierRow.ts'
import type { ImportScope } from '../src/import/importDossiers.ts'

export const APPLICANT = { name: 'Vũ Thị Mai', phone: '0912 678 345', idNumber: '001192012345' } as const

export const ALL_UNITS: ImportScope = { partnerSystemId: null, unitIds: 'all' }

/** The id of a demo unit by its name, e.g. "Công an phường Ba Đình". */
export async function unitId(payload: Payload, name: string): Promise<string> {
  const { docs } = await payload.find({ collection: 'units', where: { name: { equals: name } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no demo unit ${name}`)
  return String(docs[0].id)
}

let sequence = 0
export const nextCode = (prefix = 'T') => `${prefix}-${Date.now().toString(36).toUpperCase()}-${++sequence}`

const iso = (day: string) => new Date(`${day}T08:00:00+07:00`).toISOString()

/** A dossier under review as a partner system sends it; overrides shape the case under test. */
export function dossierRow(unit: string, overrides: Partial<DossierRow> = {}): DossierRow {
  return {
    code: nextCode(),
    version: 1,
    procedureCode: '1.004222',
    unitId: unit,
    applicant: { ...APPLICANT },
    status: 'IN_REVIEW',
    submittedAt: iso('2026-11-02'),
    dueAt: iso('2026-11-05'),
    timeline: [
      { status: 'RECEIVED', at: iso('2026-11-02') },
      { status: 'IN_REVIEW', at: iso('2026-11-03') },
    ],
    result: { delivery: 'COUNTER' },
    ...overrides,
  }
}

/** The stored dossier with every field, as a super-admin would see it. */
export async function storedDossier(payload: Payload, code: string) {
  const { docs } = await payload.find({ collection: 'dossiers', where: { code: { equals: code } }, limit: 1, depth: 0 })
  if (!docs[0]) throw new Error(`no stored dossier ${code}`)
  return docs[0]
}

export { iso }
