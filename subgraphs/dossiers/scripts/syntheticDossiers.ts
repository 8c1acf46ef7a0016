import type { Payload } from 'payload'
import type { DossierRow } from '../src/import/dossierRow.ts'

const DAY = 24 * 60 * 60 * 1000
const PROCEDURES = ['1.004222', '1.004194', '1.011690', '1.011691', '2.002272']

/** The applicant's phone of synthetic dossier `index`: a verifier the benchmark can recompute. */
export const syntheticPhone = (index: number) => `09${String(index).padStart(8, '0')}`
export const syntheticCode = (index: number) => `BENCH-${String(index).padStart(7, '0')}`

/** Ids of the demo units, which synthetic dossiers are spread over. */
export async function demoUnitIds(payload: Payload): Promise<string[]> {
  const { docs } = await payload.find({ collection: 'units', pagination: false, depth: 0, select: {} })
  return docs.map((doc) => String(doc.id))
}

/** `count` plausible dossiers: spread over units and procedures, a third settled, some late. */
export function syntheticDossierRows(count: number, unitIds: readonly string[], now = Date.now()): DossierRow[] {
  return Array.from({ length: count }, (_, index) => {
    const submitted = now - (index % 60) * DAY
    const due = submitted + 7 * DAY
    const settled = index % 3 === 0
    const completed = settled ? submitted + ((index % 10) + 1) * DAY : null
    return {
      code: syntheticCode(index),
      version: 1,
      procedureCode: PROCEDURES[index % PROCEDURES.length],
      unitId: unitIds[index % unitIds.length],
      applicant: {
        name: `Người nộp ${index}`,
        phone: syntheticPhone(index),
        idNumber: `0010${String(index).padStart(8, '0')}`,
      },
      status: settled ? 'RESULT_READY' : 'IN_REVIEW',
      submittedAt: new Date(submitted).toISOString(),
      dueAt: new Date(due).toISOString(),
      completedAt: completed === null ? null : new Date(completed).toISOString(),
      timeline: [
        { status: 'RECEIVED', at: new Date(submitted).toISOString() },
        ...(settled ? [{ status: 'RESULT_READY', at: new Date(completed!).toISOString() }] : []),
      ],
      result: { delivery: 'COUNTER' },
    }
  })
}
