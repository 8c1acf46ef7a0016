import type { UnitResolvers } from '../__generated__/resolvers-types.ts'
import { periodKey, periodOf } from '../domain/period.ts'
import { statsKey } from '../loaders.ts'

export const Unit: UnitResolvers = {
  // The content subgraph owns units; here a unit is its id, and unknown ids count zero ratings.
  __resolveReference: (ref) => ({ id: ref.id }),
  satisfaction: (unit, { period }, ctx) =>
    ctx.loaders.unitSatisfaction.load(statsKey(unit.id, periodKey(periodOf(period)))),
}
