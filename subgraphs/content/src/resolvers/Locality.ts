import type { LocalityResolvers } from '../__generated__/resolvers-types.ts'
import { hotlinesNearestFirst } from '../domain/hotlinesNearestFirst.ts'
import { idOf } from '../loaders.ts'

export const Locality: LocalityResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.localityByCode.load(ref.code),
  parent: (locality, _, ctx) => (locality.parentCode ? ctx.loaders.localityByCode.load(locality.parentCode) : null),
  children: (locality, _, ctx) => ctx.loaders.childrenByParentCode.load(locality.code),
  mergedInto: (locality, _, ctx) => {
    const id = idOf(locality.mergedInto)
    return id === null ? null : ctx.loaders.localityById.load(id)
  },
  hotlines: (locality, _, ctx) => hotlinesNearestFirst(ctx, locality),
  units: (locality, _, ctx) => ctx.loaders.unitsByLocalityId.load(locality.id),
}
