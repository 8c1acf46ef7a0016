import type { MutationResolvers } from '../__generated__/resolvers-types.ts'
import { startAttempt } from '../domain/startAttempt.ts'
import { submitAttempt } from '../domain/submitAttempt.ts'

export const Mutation: MutationResolvers = {
  startQuizAttempt: (_, { quizId, participant }, ctx) => startAttempt(ctx, quizId, participant),
  submitQuizAttempt: async (_, { input }, ctx) => {
    const submitted = await submitAttempt(ctx, input)
    return {
      ...submitted,
      review: submitted.review.map((r) => ({ ...r, questionId: String(r.questionId) })),
    }
  },
}
