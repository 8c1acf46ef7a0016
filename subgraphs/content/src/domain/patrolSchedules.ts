import { badUserInput } from '@caunoi/platform'
import type { PatrolSchedule } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { requireLocality } from './localityArgument.ts'

const MAX_RANGE_DAYS = 366

const toDate = (value: string | Date, field: string) => {
  const date = new Date(value)
  if (Number.isNaN(date.getTime()))
    throw badUserInput(`Ngày không hợp lệ: ${String(value)}.`, [{ field, message: 'không phải ngày' }])
  return date
}

export type PatrolSchedulesArgs = { localityCode: string; from: string | Date; to: string | Date }

/**
 * Schedules overlapping [from, to]: for a province all of its own; for a commune its own and the
 * province-wide ones.
 */
export async function patrolScheduleFilter(ctx: ContentContext, args: PatrolSchedulesArgs): Promise<Where> {
  const from = toDate(args.from, 'from')
  const to = toDate(args.to, 'to')
  if (to < from) throw badUserInput('Ngày kết thúc phải sau ngày bắt đầu.', [{ field: 'to', message: 'trước from' }])
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) {
    throw badUserInput(`Khoảng thời gian tối đa ${MAX_RANGE_DAYS} ngày.`, [{ field: 'to', message: 'quá dài' }])
  }
  const locality = await requireLocality(ctx, args.localityCode)
  const place: Where =
    locality.level === 'PROVINCE'
      ? { provinceCode: { equals: locality.code } }
      : {
          locality: {
            in: [
              locality.id,
              ...(locality.parentCode ? [(await ctx.loaders.localityByCode.load(locality.parentCode))?.id] : []),
            ].filter((id) => id !== undefined),
          },
        }
  return {
    and: [
      place,
      { startsOn: { less_than_equal: to.toISOString() } },
      { endsOn: { greater_than_equal: from.toISOString() } },
    ],
  }
}

/** All published schedules overlapping the dates (patrolSchedulesConnection pages through them). */
export async function patrolSchedulesFor(ctx: ContentContext, args: PatrolSchedulesArgs): Promise<PatrolSchedule[]> {
  const { docs } = await ctx.payload.find({
    collection: 'patrolSchedules',
    where: await patrolScheduleFilter(ctx, args),
    sort: 'startsOn',
    pagination: false,
    depth: 0,
    overrideAccess: false, // the collection's rule: only schedules flagged as published
  })
  return docs
}
