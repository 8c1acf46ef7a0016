import { SATISFIED_MIN_SCORE } from '@caunoi/cms'
import type { Payload, Where } from 'payload'
import { isRowId, payloadId } from './payloadId.ts'
import { withinPeriod, type Period } from './period.ts'

export type SatisfactionStats = { ratings: number; average: number | null; satisfiedRate: number | null }

/** What ratings are grouped by: the unit rated, the procedure, or the locality (with its communes). */
export type SatisfactionScope = 'unit' | 'procedure' | 'locality'

const round = (value: number, digits: number) => Number(value.toFixed(digits))

/** Count, average score and share of satisfied (4) or very satisfied (5) ratings. */
export function summarizeScores(scores: readonly number[]): SatisfactionStats {
  if (scores.length === 0) return { ratings: 0, average: null, satisfiedRate: null }
  const sum = scores.reduce((total, score) => total + score, 0)
  const satisfied = scores.filter((score) => score >= SATISFIED_MIN_SCORE).length
  return {
    ratings: scores.length,
    average: round(sum / scores.length, 2),
    satisfiedRate: round(satisfied / scores.length, 4),
  }
}

type ScoredRow = {
  unit: unknown
  procedureCode?: string | null
  localityCode?: string | null
  provinceCode?: string | null
  score: number
}

const unitKey = (unit: unknown) =>
  String(typeof unit === 'object' && unit !== null ? (unit as { id: unknown }).id : unit)

function scopeWhere(scope: SatisfactionScope, keys: readonly string[]): Where {
  switch (scope) {
    case 'unit':
      return { unit: { in: keys.filter(isRowId).map(payloadId) } }
    case 'procedure':
      return { procedureCode: { in: [...keys] } }
    case 'locality':
      // A province's key matches its communes' ratings through provinceCode.
      return { or: [{ localityCode: { in: [...keys] } }, { provinceCode: { in: [...keys] } }] }
  }
}

function belongsTo(scope: SatisfactionScope, row: ScoredRow, key: string): boolean {
  if (scope === 'unit') return unitKey(row.unit) === key
  if (scope === 'procedure') return row.procedureCode === key
  return row.localityCode === key || row.provinceCode === key
}

/**
 * Satisfaction of many units, procedures or localities in one query: Payload has no grouped
 * aggregate, so only the scores are read and grouped here. Unknown keys count zero ratings.
 */
export async function satisfactionOf(
  payload: Payload,
  scope: SatisfactionScope,
  keys: readonly string[],
  period: Period,
): Promise<SatisfactionStats[]> {
  if (scope === 'unit' && !keys.some(isRowId)) return keys.map(() => summarizeScores([]))
  const { docs } = await payload.find({
    collection: 'ratings',
    where: { and: [scopeWhere(scope, keys), ...withinPeriod('ratedAt', period)] },
    select: { unit: true, procedureCode: true, localityCode: true, provinceCode: true, score: true },
    pagination: false,
    depth: 0,
  })
  const rows = docs as unknown as ScoredRow[]
  return keys.map((key) => summarizeScores(rows.filter((row) => belongsTo(scope, row, key)).map((row) => row.score)))
}
