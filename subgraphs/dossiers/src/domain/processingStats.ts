import type { Payload } from 'payload'
import { withinPeriod, type Period } from './period.ts'

export type ProcessingStats = {
  dossiers: number
  settled: number
  medianProcessingDays: number | null
  onTimeRate: number | null
}

type TimedDossier = { submittedAt: string; dueAt: string; completedAt?: string | null }

const DAY_MS = 24 * 60 * 60 * 1000
const round = (value: number, digits: number) => Number(value.toFixed(digits))

function median(sorted: readonly number[]): number {
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Dossier count, median days from submission to settlement and the share settled by the due date. */
export function summarizeProcessing(dossiers: readonly TimedDossier[]): ProcessingStats {
  const settled = dossiers.filter((d) => d.completedAt)
  if (settled.length === 0)
    return { dossiers: dossiers.length, settled: 0, medianProcessingDays: null, onTimeRate: null }
  const days = settled
    .map((d) => (new Date(d.completedAt!).getTime() - new Date(d.submittedAt).getTime()) / DAY_MS)
    .sort((a, b) => a - b)
  const onTime = settled.filter((d) => new Date(d.completedAt!).getTime() <= new Date(d.dueAt).getTime()).length
  return {
    dossiers: dossiers.length,
    settled: settled.length,
    medianProcessingDays: round(median(days), 2),
    onTimeRate: round(onTime / settled.length, 4),
  }
}

/** Processing figures of many procedures in one query, counting dossiers submitted in the period. */
export async function processingStatsOf(
  payload: Payload,
  procedureCodes: readonly string[],
  period: Period,
): Promise<ProcessingStats[]> {
  const { docs } = await payload.find({
    collection: 'dossiers',
    where: { and: [{ procedureCode: { in: [...procedureCodes] } }, ...withinPeriod('submittedAt', period)] },
    select: { procedureCode: true, submittedAt: true, dueAt: true, completedAt: true },
    pagination: false,
    depth: 0,
  })
  return procedureCodes.map((code) => summarizeProcessing(docs.filter((d) => d.procedureCode === code)))
}
