import type { QuizResolvers } from '../__generated__/resolvers-types.ts'
import { parseDocId } from '../domain/docId.ts'
import { isOpen } from '../domain/publicQuiz.ts'

export const Quiz: QuizResolvers = {
  __resolveReference: async (ref, ctx) => {
    const id = parseDocId(ref.id)
    return id ? ctx.loaders.quizById.load(id) : null
  },
  id: (quiz) => String(quiz.id),
  laws: (quiz) => quiz.laws ?? [],
  locality: (quiz) => (quiz.localityCode ? { code: quiz.localityCode } : null),
  open: (quiz, _, ctx) => isOpen(quiz, ctx.now()),
  maxAttemptsPerParticipant: (quiz) => quiz.maxAttempts,
}
