import { imageOf } from '@caunoi/cms'
import type { QuizResolvers } from '../__generated__/resolvers-types.ts'
import { parseDocId, relationId } from '../domain/docId.ts'
import { isOpen } from '../domain/publicQuiz.ts'

export const Quiz: QuizResolvers = {
  __resolveReference: async (ref, ctx) => {
    const id = parseDocId(ref.id)
    return id ? ctx.loaders.quizById.load(id) : null
  },
  id: (quiz) => String(quiz.id),
  laws: (quiz) => quiz.laws ?? [],
  locality: (quiz) => (quiz.localityCode ? { code: quiz.localityCode } : null),
  cover: async (quiz, _, ctx) => {
    const id = relationId(quiz.cover)
    return id === null ? null : imageOf(await ctx.loaders.mediaById.load(id))
  },
  coverUrl: async (quiz, _, ctx) => {
    const id = relationId(quiz.cover)
    return id === null ? null : (imageOf(await ctx.loaders.mediaById.load(id))?.url ?? null)
  },
  open: (quiz, _, ctx) => isOpen(quiz, ctx.now()),
  maxAttemptsPerParticipant: (quiz) => quiz.maxAttempts,
}
