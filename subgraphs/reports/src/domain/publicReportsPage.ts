import { requireSuccessor } from '@caunoi/cms'
import { decodeCursor, isStoredDateText, pageSize, toConnection, type Connection } from '@caunoi/platform'
import type { Where } from 'payload'
import type { QueryPublicReportsArgs } from '../__generated__/resolvers-types.ts'
import type { ReportsContext } from '../context.ts'
import { PUBLIC_REPORT_SELECT, toPublicReport, type PublicReport } from './publicReport.ts'
import { inLocality } from './reportStats.ts'

const EMPTY: Connection<PublicReport> = { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 }

/**
 * Answered reports their unit marked publishable, newest answer first, with only the fields of
 * the public Report type ever read. Crime tips are never listed, whatever the filter says.
 */
export async function publicReportsPage(
  ctx: ReportsContext,
  args: QueryPublicReportsArgs,
): Promise<Connection<PublicReport>> {
  const limit = pageSize(args.first)
  // The cursor's answeredAt and id reach the query as they are: a text id or a date no database takes would fail it.
  const after = decodeCursor(args.after, 2, ([at, id]) => (at === null || isStoredDateText(at)) && Number.isInteger(id))
  if (args.type === 'CRIME_TIP') return EMPTY
  const and: Where[] = [
    { publishable: { equals: true } },
    { status: { in: ['ANSWERED', 'CLOSED'] } },
    { type: { not_equals: 'CRIME_TIP' } },
  ]
  if (args.type) and.push({ type: { equals: args.type } })
  if (args.localityCode) {
    // An old code (Thái Bình "34") lists the reports of its successor; an unknown one is refused.
    const locality = await requireSuccessor(ctx.payload, args.localityCode)
    and.push(inLocality(locality.code))
  }
  const afterWhere: Where | null = after
    ? {
        or: [
          { answeredAt: { less_than: after[0] } },
          { and: [{ answeredAt: { equals: after[0] } }, { id: { less_than: after[1] } }] },
        ],
      }
    : null
  const [{ totalDocs }, page] = await Promise.all([
    ctx.payload.count({ collection: 'reports', where: { and } }),
    limit === 0
      ? Promise.resolve({ docs: [] })
      : ctx.payload.find({
          collection: 'reports',
          where: { and: afterWhere ? [...and, afterWhere] : and },
          select: PUBLIC_REPORT_SELECT,
          sort: ['-answeredAt', '-id'],
          limit: limit + 1,
          pagination: false,
          depth: 0,
        }),
  ])
  return toConnection(page.docs.map(toPublicReport), limit, totalDocs, (r) => [r.answeredAt ?? null, r.id])
}
