import type { LocalityResolvers } from '../__generated__/resolvers-types.ts'
import { readLeaderboard } from '../domain/leaderboard/readLeaderboard.ts'
import { quizzesFor } from '../domain/quizList.ts'

export const Locality: LocalityResolvers = {
  // The content subgraph owns localities; here a locality is its code.
  __resolveReference: (ref) => ({ code: ref.code }),
  activeQuizzes: (locality, _, ctx) => quizzesFor(ctx, locality.code, { openNow: true }),
  leaderboard: (locality, { quizId, first }, ctx) => readLeaderboard(ctx, quizId, locality.code, first),
}
