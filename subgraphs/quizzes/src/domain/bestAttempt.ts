import type { QuizzesContext } from '../context.ts'

type Result = { id: number; score: number; durationMs: number }

/** More correct answers first, then less time, then the earlier attempt: the leaderboard's order. */
const betterThan = (a: Result, b: Result) =>
  a.score !== b.score ? a.score > b.score : a.durationMs !== b.durationMs ? a.durationMs < b.durationMs : a.id < b.id

/** The participant's other submitted attempts of the quiz, with the one currently marked best. */
export async function otherSubmittedAttempts(
  ctx: QuizzesContext,
  quizId: number,
  participantId: number,
  exceptId: number,
) {
  const { docs } = await ctx.payload.find({
    collection: 'quizAttempts',
    where: {
      and: [
        { quiz: { equals: quizId } },
        { participant: { equals: participantId } },
        { status: { equals: 'SUBMITTED' } },
        { id: { not_equals: exceptId } },
      ],
    },
    select: { best: true, score: true, durationMs: true },
    pagination: false,
    depth: 0,
  })
  return docs.map((doc) => ({
    id: doc.id,
    score: doc.score ?? 0,
    durationMs: doc.durationMs ?? 0,
    best: doc.best ?? false,
  }))
}

/**
 * Whether a new result beats every earlier one of the same participant; the caller stores the flag
 * with the result itself (one write), then `unmarkFormerBest` clears the flag of the one it beat.
 */
export function isNewBest(result: Result, others: Result[]): boolean {
  return others.every((other) => betterThan(result, other))
}

export async function unmarkFormerBest(ctx: QuizzesContext, others: (Result & { best: boolean })[]): Promise<void> {
  for (const other of others.filter((o) => o.best)) {
    await ctx.payload.update({ collection: 'quizAttempts', id: other.id, data: { best: false }, depth: 0 })
  }
}
