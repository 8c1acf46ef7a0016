import type { Hotline, Locality } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'
import { ancestryOf } from './localityArgument.ts'

/**
 * A commune's own hotlines first, then its province's; a number listed at both levels is
 * shown once, at the nearest level.
 */
export async function hotlinesNearestFirst(ctx: ContentContext, locality: Locality): Promise<Hotline[]> {
  const chain = await ancestryOf(ctx, locality)
  const lists = await ctx.loaders.hotlinesByLocalityId.loadMany(chain.map((l) => l.id))
  const seen = new Set<string>()
  const result: Hotline[] = []
  for (const list of lists) {
    if (list instanceof Error) throw list
    for (const hotline of list) {
      if (seen.has(hotline.number)) continue
      seen.add(hotline.number)
      result.push(hotline)
    }
  }
  return result
}
