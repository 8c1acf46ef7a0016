import type { Payload, Where } from 'payload'
import type { BestResult, LeaderboardRow, LeaderboardStore } from './leaderboardStore.ts'

// Ties on score and time fall back to the participant id: the same order Redis gives equal scores.
const RANKING_SORT = ['-score', 'durationMs', 'participant']

const ROW_SELECT = {
  participant: true,
  localityCode: true,
  provinceCode: true,
  score: true,
  maxScore: true,
  durationMs: true,
} as const

type AttemptRow = {
  participant: number | { id: number }
  localityCode?: string | null
  provinceCode?: string | null
  score?: number | null
  maxScore: number
  durationMs?: number | null
}

function toRow(doc: AttemptRow): LeaderboardRow & { provinceCode: string | null } {
  return {
    participantId: typeof doc.participant === 'number' ? doc.participant : doc.participant.id,
    localityCode: doc.localityCode ?? null,
    provinceCode: doc.provinceCode ?? null,
    score: doc.score ?? 0,
    maxScore: doc.maxScore,
    durationMs: doc.durationMs ?? 0,
  }
}

function bestOf(quizId: number, scopeCode: string | null): Where {
  const conditions: Where[] = [{ quiz: { equals: quizId } }, { best: { equals: true } }]
  // Codes are unique across levels, so one `or` covers a province and a commune alike.
  if (scopeCode)
    conditions.push({ or: [{ provinceCode: { equals: scopeCode } }, { localityCode: { equals: scopeCode } }] })
  return { and: conditions }
}

/** Leaderboards read from the attempts marked best: the source of truth, and the store without Redis. */
export function createDatabaseLeaderboard(payload: Payload): LeaderboardStore & {
  allBest(quizId: number): Promise<BestResult[]>
} {
  return {
    // The attempt row itself carries the `best` flag, already committed by the caller.
    record: async () => {},
    async top(quizId, scopeCode, first) {
      const { docs } = await payload.find({
        collection: 'quizAttempts',
        where: bestOf(quizId, scopeCode),
        sort: RANKING_SORT,
        limit: first,
        depth: 0,
        select: ROW_SELECT,
      })
      return docs.map((doc) => {
        const { provinceCode: _province, ...row } = toRow(doc as AttemptRow)
        return row
      })
    },
    async allBest(quizId) {
      const { docs } = await payload.find({
        collection: 'quizAttempts',
        where: bestOf(quizId, null),
        pagination: false,
        depth: 0,
        select: ROW_SELECT,
      })
      return docs.map((doc) => ({ ...toRow(doc as AttemptRow), quizId }))
    },
  }
}
