import type { LocalityResolvers } from '../__generated__/resolvers-types.ts'
import { periodKey, periodOf } from '../domain/period.ts'
import { statsKey } from '../loaders.ts'

export const Locality: LocalityResolvers = {
  // Ratings carry their unit's locality and province codes, so a province counts its communes.
  __resolveReference: (ref) => ({ code: ref.code }),
  satisfaction: (locality, { period }, ctx) =>
    ctx.loaders.localitySatisfaction.load(statsKey(locality.code, periodKey(periodOf(period)))),
}
