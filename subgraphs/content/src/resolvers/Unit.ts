import { notFound } from '@caunoi/platform'
import type { UnitResolvers } from '../__generated__/resolvers-types.ts'
import { unitHotlinesNearestFirst } from '../domain/hotlinesNearestFirst.ts'
import { idOf } from '../loaders.ts'

export const Unit: UnitResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.unitById.load(Number(ref.id)),
  id: (unit) => String(unit.id),
  locality: async (unit, _, ctx) => {
    const locality = await ctx.loaders.localityById.load(idOf(unit.locality) as number)
    if (!locality) throw notFound(`Đơn vị ${unit.name} không có địa bàn hợp lệ.`)
    return locality
  },
  parent: (unit, _, ctx) => {
    const id = idOf(unit.parent)
    return id === null ? null : ctx.loaders.unitById.load(id)
  },
  hotlines: (unit, { inherited }, ctx) =>
    inherited ? unitHotlinesNearestFirst(ctx, unit) : ctx.loaders.hotlinesByUnitId.load(unit.id),
  openingHours: (unit) => unit.openingHours ?? null,
  verifiedChannels: (unit) =>
    (unit.verifiedChannels ?? []).map((c) => ({ kind: c.kind, value: c.value, verifiedAt: c.verifiedAt })),
}
