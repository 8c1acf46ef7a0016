import type { UnitResolvers } from '../__generated__/resolvers-types.ts'
import { statsKey } from '../loaders.ts'

export const Unit: UnitResolvers = {
  // The content subgraph owns units; here a unit is its id, and unknown ids count zero.
  __resolveReference: (ref) => ({ id: ref.id }),
  reportStats: (unit, filter, ctx) => ctx.loaders.reportStatsByUnitId.load(statsKey(unit.id, filter)),
}
