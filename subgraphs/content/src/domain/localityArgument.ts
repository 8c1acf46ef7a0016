import { requireSuccessor, resolveSuccessor, type Locality, type LocalityLookup } from '@caunoi/cms'
import type { ContentContext } from '../context.ts'

const lookupOf = (ctx: ContentContext): LocalityLookup => ({
  byCode: (c) => ctx.loaders.localityByCode.load(c),
  byId: (id) => ctx.loaders.localityById.load(id),
})

/** Resolves a locality code given by a client (old codes included) through the request's loaders. */
export function successorOf(ctx: ContentContext, code: string): Promise<Locality | null> {
  return resolveSuccessor(lookupOf(ctx), code)
}

/** A locality used as a filter must exist: an unknown code is the client's mistake, not an empty list. */
export function requireLocality(ctx: ContentContext, code: string, field = 'localityCode'): Promise<Locality> {
  return requireSuccessor(lookupOf(ctx), code, field)
}

/** The locality and the localities above it, nearest first (commune, then province). */
export async function ancestryOf(ctx: ContentContext, locality: Locality): Promise<Locality[]> {
  const chain = [locality]
  let current = locality
  while (current.parentCode && chain.length < 4) {
    const parent = await ctx.loaders.localityByCode.load(current.parentCode)
    if (!parent) break
    chain.push(parent)
    current = parent
  }
  return chain
}
