import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { parseDocId } from '../domain/docId.ts'
import { readLeaderboard } from '../domain/leaderboard/readLeaderboard.ts'
import { quizzesFor } from '../domain/quizList.ts'

export const Query: QueryResolvers = {
  quizzes: (_, { localityCode }, ctx) => quizzesFor(ctx, localityCode, { openNow: false }),
  quiz: async (_, { id }, ctx) => {
    const quizId = parseDocId(id)
    return quizId ? ctx.loaders.quizById.load(quizId) : null
  },
  leaderboard: (_, { quizId, localityCode, first }, ctx) => readLeaderboard(ctx, quizId, localityCode, first),
}
