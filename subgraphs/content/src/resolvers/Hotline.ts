import { notFound } from '@caunoi/platform'
import type { HotlineResolvers } from '../__generated__/resolvers-types.ts'
import { idOf } from '../loaders.ts'

export const Hotline: HotlineResolvers = {
  unit: (hotline, _, ctx) => {
    const id = idOf(hotline.unit)
    return id === null ? null : ctx.loaders.unitById.load(id)
  },
  locality: async (hotline, _, ctx) => {
    const locality = await ctx.loaders.localityById.load(idOf(hotline.locality) as number)
    if (!locality) throw notFound(`Đường dây nóng ${hotline.name} không có địa bàn hợp lệ.`)
    return locality
  },
}
