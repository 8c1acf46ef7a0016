import { decodeCursor, isStoredDateText, pageSize, toConnection, type Connection } from '@caunoi/platform'
import type { Article } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { ancestryOf, requireLocality } from './localityArgument.ts'

export type ArticlesArgs = {
  localityCode?: string | null
  category?: string | null
  tag?: string | null
  first?: number | null
  after?: string | null
}

/** Public readers see published articles only: enforced by the collection's access rule, not here. */
const PUBLIC = { overrideAccess: false, draft: false } as const

async function articleFilter(ctx: ContentContext, args: ArticlesArgs): Promise<Where> {
  const and: Where[] = []
  if (args.localityCode) {
    const locality = await requireLocality(ctx, args.localityCode)
    const ids = (await ancestryOf(ctx, locality)).map((l) => l.id)
    and.push({ or: [{ locality: { exists: false } }, { locality: { in: ids } }] })
  }
  if (args.category) and.push({ category: { equals: args.category } })
  if (args.tag) and.push({ tags: { equals: args.tag.trim() } })
  return { and }
}

/** Newest first; the cursor is (publishedAt, id) so articles published at the same time keep an order. */
export async function articlesPage(ctx: ContentContext, args: ArticlesArgs): Promise<Connection<Article>> {
  const limit = pageSize(args.first)
  // The cursor's publishedAt and id reach the query as they are: a text id or a date no database takes would fail it.
  const after = decodeCursor(args.after, 2, ([at, id]) => (at === null || isStoredDateText(at)) && Number.isInteger(id))
  const where = await articleFilter(ctx, args)
  const afterWhere: Where | null = after
    ? {
        or: [
          { publishedAt: { less_than: after[0] } },
          { and: [{ publishedAt: { equals: after[0] } }, { id: { less_than: after[1] } }] },
        ],
      }
    : null
  const [{ totalDocs }, page] = await Promise.all([
    ctx.payload.count({ collection: 'articles', where, ...PUBLIC }),
    limit === 0
      ? Promise.resolve({ docs: [] as Article[] })
      : ctx.payload.find({
          collection: 'articles',
          where: afterWhere ? { and: [where, afterWhere] } : where,
          sort: ['-publishedAt', '-id'],
          limit: limit + 1,
          depth: 0,
          pagination: false,
          ...PUBLIC,
        }),
  ])
  return toConnection(page.docs, limit, totalDocs, (a) => [a.publishedAt ?? null, a.id])
}

export async function publishedArticleBySlug(ctx: ContentContext, slug: string): Promise<Article | null> {
  const { docs } = await ctx.payload.find({
    collection: 'articles',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    ...PUBLIC,
  })
  return docs[0] ?? null
}
