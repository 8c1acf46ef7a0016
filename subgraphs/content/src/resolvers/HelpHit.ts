import type { HelpHitResolvers } from '../__generated__/resolvers-types.ts'
import { procedureForLocality } from '../domain/procedureForLocality.ts'

export const HelpHit: HelpHitResolvers = {
  procedure: async (hit, _, ctx) => {
    if (hit.kind !== 'PROCEDURE') return null
    const procedure = await ctx.loaders.procedureByCode.load(hit.refKey)
    const locality = hit.localityCode ? await ctx.loaders.localityByCode.load(hit.localityCode) : null
    return procedure && locality ? procedureForLocality(ctx, procedure, locality) : procedure
  },
  article: (hit, _, ctx) => (hit.kind === 'ARTICLE' ? ctx.loaders.articleById.load(hit.refId) : null),
  handbookEntry: (hit, _, ctx) => (hit.kind === 'HANDBOOK' ? ctx.loaders.handbookEntryById.load(hit.refId) : null),
}
