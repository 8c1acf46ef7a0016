import type { LocalityResolvers } from '../__generated__/resolvers-types.ts'
import { statsKey } from '../loaders.ts'

export const Locality: LocalityResolvers = {
  // The content subgraph owns localities; here a locality is its code, and unknown codes count zero.
  __resolveReference: (ref) => ({ code: ref.code }),
  reportStats: (locality, filter, ctx) => ctx.loaders.reportStatsByLocalityCode.load(statsKey(locality.code, filter)),
}
