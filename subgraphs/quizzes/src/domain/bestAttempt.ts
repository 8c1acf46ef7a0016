import type { QuizzesContext } from '../context.ts'

/**
 * Marks the participant's best submitted attempt of a quiz (most correct, then fastest, then earliest)
 * and hands it to the leaderboard. Recomputed from their few attempts, so it converges whatever the order.
 */
export async function recordBestAttempt(ctx: QuizzesContext, quizId: number, participantId: number): Promise<void> {
  const { docs } = await ctx.payload.find({
    collection: 'quizAttempts',
    where: {
      and: [
        { quiz: { equals: quizId } },
        { participant: { equals: participantId } },
        { status: { equals: 'SUBMITTED' } },
      ],
    },
    sort: ['-score', 'durationMs', 'id'],
    select: { best: true, score: true, maxScore: true, durationMs: true, localityCode: true, provinceCode: true },
    pagination: false,
    depth: 0,
  })
  const [best] = docs
  if (!best) return
  // Unmark the old best before marking the new one: a reader never sees the participant twice.
  for (const doc of [...docs.slice(1), best]) {
    const shouldBeBest = doc.id === best.id
    if ((doc.best ?? false) !== shouldBeBest) {
      await ctx.payload.update({ collection: 'quizAttempts', id: doc.id, data: { best: shouldBeBest }, depth: 0 })
    }
  }
  await ctx.leaderboard.record({
    quizId,
    participantId,
    localityCode: best.localityCode ?? null,
    provinceCode: best.provinceCode ?? null,
    score: best.score ?? 0,
    maxScore: best.maxScore,
    durationMs: best.durationMs ?? 0,
  })
}
