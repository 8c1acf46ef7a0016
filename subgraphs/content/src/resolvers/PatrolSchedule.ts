import { notFound } from '@caunoi/platform'
import type { PatrolScheduleResolvers } from '../__generated__/resolvers-types.ts'
import { idOf } from '../loaders.ts'

export const PatrolSchedule: PatrolScheduleResolvers = {
  __resolveReference: async (ref, ctx) => {
    const { docs } = await ctx.payload.find({
      collection: 'patrolSchedules',
      where: { id: { equals: Number(ref.id) } },
      depth: 0,
      overrideAccess: false,
    })
    return docs[0] ?? null
  },
  id: (schedule) => String(schedule.id),
  shifts: (schedule) => (schedule.shifts ?? []).map((s) => ({ label: s.label, from: s.from, to: s.to })),
  unit: (schedule, _, ctx) => {
    const id = idOf(schedule.unit)
    return id === null ? null : ctx.loaders.unitById.load(id)
  },
  locality: async (schedule, _, ctx) => {
    const locality = await ctx.loaders.localityById.load(idOf(schedule.locality) as number)
    if (!locality) throw notFound(`Lịch tuần tra ${schedule.area} không có địa bàn hợp lệ.`)
    return locality
  },
}
