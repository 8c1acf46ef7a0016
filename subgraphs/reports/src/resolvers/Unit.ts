import type { UnitResolvers } from '../__generated__/resolvers-types.ts'

export const Unit: UnitResolvers = {
  // The content subgraph owns units; here a unit is its id, and unknown ids count zero.
  __resolveReference: (ref) => ({ id: ref.id }),
  reportStats: (unit, _, ctx) => ctx.loaders.reportStatsByUnitId.load(unit.id),
}
