import { decodeCursor, pageSize, toConnection, type Connection } from '@caunoi/platform'
import type { HandbookEntry } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { handbookFilter, type HandbookArgs } from './handbook.ts'

/** Published entries only: the collection's access rule decides, as for the public list. */
const PUBLIC = { overrideAccess: false, draft: false } as const

/**
 * One page of handbook entries ordered by question; the cursor is (question, id) because several
 * localities may word a question the same way.
 */
export async function handbookPage(
  ctx: ContentContext,
  args: HandbookArgs & { first?: number | null; after?: string | null },
): Promise<Connection<HandbookEntry>> {
  const limit = pageSize(args.first)
  const after = decodeCursor(args.after, 2, ([question, id]) => typeof question === 'string' && Number.isInteger(id))
  const where = await handbookFilter(ctx, args)
  const afterWhere: Where | null = after
    ? {
        or: [
          { question: { greater_than: after[0] } },
          { and: [{ question: { equals: after[0] } }, { id: { greater_than: after[1] } }] },
        ],
      }
    : null
  const [{ totalDocs }, page] = await Promise.all([
    ctx.payload.count({ collection: 'handbookEntries', where, ...PUBLIC }),
    limit === 0
      ? Promise.resolve({ docs: [] as HandbookEntry[] })
      : ctx.payload.find({
          collection: 'handbookEntries',
          where: afterWhere ? { and: [where, afterWhere] } : where,
          sort: ['question', 'id'],
          limit: limit + 1,
          depth: 0,
          pagination: false,
          ...PUBLIC,
        }),
  ])
  return toConnection(page.docs, limit, totalDocs, (e) => [e.question, e.id])
}
