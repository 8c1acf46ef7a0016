import type { AttemptQuestionResolvers } from '../__generated__/resolvers-types.ts'
import { toQuizImage } from '../domain/quizImage.ts'

export const AttemptQuestion: AttemptQuestionResolvers = {
  image: async (question, _, ctx) =>
    question.imageId === null ? null : toQuizImage(await ctx.loaders.mediaById.load(question.imageId)),
  imageUrl: async (question, _, ctx) =>
    question.imageId === null ? null : (toQuizImage(await ctx.loaders.mediaById.load(question.imageId))?.url ?? null),
}
