import type { HandbookEntry } from '@caunoi/cms'
import type { Where } from 'payload'
import type { ContentContext } from '../context.ts'
import { ancestryOf, requireLocality } from './localityArgument.ts'

const MAX_ENTRIES = 200

/** Published handbook entries: national ones plus those of the locality and the province above it. */
export async function handbookFor(
  ctx: ContentContext,
  args: { localityCode?: string | null; tag?: string | null },
): Promise<HandbookEntry[]> {
  const and: Where[] = []
  if (args.localityCode) {
    const locality = await requireLocality(ctx, args.localityCode)
    const ids = (await ancestryOf(ctx, locality)).map((l) => l.id)
    and.push({ or: [{ locality: { exists: false } }, { locality: { in: ids } }] })
  } else {
    and.push({ locality: { exists: false } })
  }
  if (args.tag) and.push({ tags: { equals: args.tag.trim() } })
  const { docs } = await ctx.payload.find({
    collection: 'handbookEntries',
    where: { and },
    sort: 'question',
    limit: MAX_ENTRIES,
    depth: 0,
    overrideAccess: false, // published entries only
  })
  return docs
}
