import { decodeCursor, isStoredDateText, pageSize, toConnection, type Connection } from '@caunoi/platform'
import type { PatrolSchedule } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { patrolScheduleFilter, type PatrolSchedulesArgs } from './patrolSchedules.ts'

/** One page of the published schedules overlapping the dates, by start date then id. */
export async function patrolSchedulesPage(
  ctx: ContentContext,
  args: PatrolSchedulesArgs & { first?: number | null; after?: string | null },
): Promise<Connection<PatrolSchedule>> {
  const limit = pageSize(args.first)
  const after = decodeCursor(args.after, 2, ([startsOn, id]) => isStoredDateText(startsOn) && Number.isInteger(id))
  const where = await patrolScheduleFilter(ctx, args)
  // The cursor holds startsOn exactly as stored (SQLite keeps the text it was given), so equality holds.
  const afterStart = after?.[0]
  const afterWhere: Where | null = after
    ? {
        or: [
          { startsOn: { greater_than: afterStart } },
          { and: [{ startsOn: { equals: afterStart } }, { id: { greater_than: after[1] } }] },
        ],
      }
    : null
  // The collection's access rule shows the public only schedules flagged as published.
  const [{ totalDocs }, page] = await Promise.all([
    ctx.payload.count({ collection: 'patrolSchedules', where, overrideAccess: false }),
    limit === 0
      ? Promise.resolve({ docs: [] as PatrolSchedule[] })
      : ctx.payload.find({
          collection: 'patrolSchedules',
          where: afterWhere ? { and: [where, afterWhere] } : where,
          sort: ['startsOn', 'id'],
          limit: limit + 1,
          depth: 0,
          pagination: false,
          overrideAccess: false,
        }),
  ])
  return toConnection(page.docs, limit, totalDocs, (s) => [s.startsOn, s.id])
}
