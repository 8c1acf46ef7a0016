import type { QuizAttemptResolvers } from '../__generated__/resolvers-types.ts'
import { toAttemptQuestion } from '../domain/publicAttempt.ts'

export const QuizAttempt: QuizAttemptResolvers = {
  id: (attempt) => attempt.attemptId,
  questions: async (attempt, _, ctx) => {
    const questions = await ctx.loaders.questionById.loadMany(attempt.drawn.map((d) => d.questionId))
    return attempt.drawn.flatMap((drawn, index) => {
      const question = questions[index]
      return question && !(question instanceof Error) ? [toAttemptQuestion(drawn, question)] : []
    })
  },
}
