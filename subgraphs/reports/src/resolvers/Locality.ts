import type { LocalityResolvers } from '../__generated__/resolvers-types.ts'

export const Locality: LocalityResolvers = {
  // The content subgraph owns localities; here a locality is its code, and unknown codes count zero.
  __resolveReference: (ref) => ({ code: ref.code }),
  reportStats: (locality, _, ctx) => ctx.loaders.reportStatsByLocalityCode.load(locality.code),
}
