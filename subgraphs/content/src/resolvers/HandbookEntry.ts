import type { Procedure } from '@caunoi/cms'
import type { HandbookEntryResolvers } from '../__generated__/resolvers-types.ts'
import { idOf } from '../loaders.ts'

export const HandbookEntry: HandbookEntryResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.handbookEntryById.load(Number(ref.id)),
  id: (entry) => String(entry.id),
  tags: (entry) => entry.tags ?? [],
  procedures: async (entry, _, ctx) => {
    const ids = (entry.procedures ?? []).map((ref) => idOf(ref)).filter((id): id is number => id !== null)
    const found = await ctx.loaders.procedureById.loadMany(ids)
    return found.filter((p): p is Procedure => p !== null && !(p instanceof Error))
  },
  locality: (entry, _, ctx) => {
    const id = idOf(entry.locality)
    return id === null ? null : ctx.loaders.localityById.load(id)
  },
}
