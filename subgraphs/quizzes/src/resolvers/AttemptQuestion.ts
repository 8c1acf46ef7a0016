import { imageOf } from '@caunoi/cms'
import type { AttemptQuestionResolvers } from '../__generated__/resolvers-types.ts'

export const AttemptQuestion: AttemptQuestionResolvers = {
  image: async (question, _, ctx) =>
    question.imageId === null ? null : imageOf(await ctx.loaders.mediaById.load(question.imageId)),
  imageUrl: async (question, _, ctx) =>
    question.imageId === null ? null : (imageOf(await ctx.loaders.mediaById.load(question.imageId))?.url ?? null),
}
