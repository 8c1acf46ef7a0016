import { badUserInput, notFound } from '@caunoi/platform'
import type { QuizzesContext } from '../../context.ts'
import { parseDocId } from '../docId.ts'
import { requireLocality } from '../localities.ts'

export const LEADERBOARD_SIZE = { default: 20, max: 100 } as const

export type LeaderboardEntry = {
  rank: number
  name: string
  localityCode: string | null
  score: number
  maxScore: number
  durationMs: number
}

/** A quiz's leaderboard, national or for a province or commune (old codes resolve), with masked names. */
export async function readLeaderboard(
  ctx: QuizzesContext,
  quizId: string,
  localityCode: string | null | undefined,
  first: number | null | undefined,
): Promise<LeaderboardEntry[]> {
  const size = first ?? LEADERBOARD_SIZE.default
  if (!Number.isInteger(size) || size < 1 || size > LEADERBOARD_SIZE.max) {
    const message = `Số người trên bảng xếp hạng phải từ 1 đến ${LEADERBOARD_SIZE.max}.`
    throw badUserInput(message, [{ field: 'first', message }])
  }
  const id = parseDocId(quizId)
  const quiz = id ? await ctx.loaders.quizById.load(id) : null
  if (!quiz) throw notFound(`Không tìm thấy cuộc thi "${quizId}".`)
  const scope = localityCode ? (await requireLocality(ctx, localityCode, 'localityCode')).code : null
  const rows = await ctx.leaderboard.top(quiz.id, scope, size)
  const participants = await ctx.loaders.participantById.loadMany(rows.map((row) => row.participantId))
  return rows.map((row, index) => {
    const participant = participants[index]
    return {
      rank: index + 1,
      name: participant && !(participant instanceof Error) ? participant.maskedName : 'Ẩn danh',
      localityCode: row.localityCode,
      score: row.score,
      maxScore: row.maxScore,
      durationMs: row.durationMs,
    }
  })
}
