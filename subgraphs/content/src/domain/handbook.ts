import type { HandbookEntry } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { ancestryOf, requireLocality } from './localityArgument.ts'

const MAX_ENTRIES = 200

export type HandbookArgs = { localityCode?: string | null; tag?: string | null }

/** National entries plus those of the locality and the province above it, optionally with a tag. */
export async function handbookFilter(ctx: ContentContext, args: HandbookArgs): Promise<Where> {
  const and: Where[] = []
  if (args.localityCode) {
    const locality = await requireLocality(ctx, args.localityCode)
    const ids = (await ancestryOf(ctx, locality)).map((l) => l.id)
    and.push({ or: [{ locality: { exists: false } }, { locality: { in: ids } }] })
  } else {
    and.push({ locality: { exists: false } })
  }
  if (args.tag) and.push({ tags: { equals: args.tag.trim() } })
  return { and }
}

/** Published handbook entries, at most MAX_ENTRIES (handbookConnection pages through all of them). */
export async function handbookFor(ctx: ContentContext, args: HandbookArgs): Promise<HandbookEntry[]> {
  const { docs } = await ctx.payload.find({
    collection: 'handbookEntries',
    where: await handbookFilter(ctx, args),
    sort: 'question',
    limit: MAX_ENTRIES,
    depth: 0,
    overrideAccess: false, // published entries only
  })
  return docs
}
