import type { Hotline, Locality, Unit } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'
import { ancestryOf } from './localityArgument.ts'

/**
 * A commune's own hotlines first, then its province's; a number listed at both levels is
 * shown once, at the nearest level.
 */
export async function hotlinesNearestFirst(ctx: ContentContext, locality: Locality): Promise<Hotline[]> {
  const chain = await ancestryOf(ctx, locality)
  return firstOfEachNumber(await ctx.loaders.hotlinesByLocalityId.loadMany(chain.map((l) => l.id)))
}

/** Units are at most four levels deep; the bound guards against a cycle in bad data. */
const MAX_UNIT_DEPTH = 6

/** A unit's own hotlines, then its parent unit's, up to the ministry: nearest first. */
export async function unitHotlinesNearestFirst(ctx: ContentContext, unit: Unit): Promise<Hotline[]> {
  const chain: Unit[] = [unit]
  for (let current = unit; current.parent && chain.length < MAX_UNIT_DEPTH;) {
    const parent = await ctx.loaders.unitById.load(
      typeof current.parent === 'object' ? current.parent.id : current.parent,
    )
    if (!parent) break
    chain.push(parent)
    current = parent
  }
  return firstOfEachNumber(await ctx.loaders.hotlinesByUnitId.loadMany(chain.map((u) => u.id)))
}

function firstOfEachNumber(lists: (Hotline[] | Error)[]): Hotline[] {
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
