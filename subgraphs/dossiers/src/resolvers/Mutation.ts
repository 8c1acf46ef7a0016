import type { MutationResolvers } from '../__generated__/resolvers-types.ts'
import { rateService } from '../domain/rateService.ts'

export const Mutation: MutationResolvers = {
  rateService: (_, { input }, ctx) => rateService(ctx, input),
}
