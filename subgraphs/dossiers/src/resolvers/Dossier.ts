import { isDossierOverdue as isOverdue } from '@caunoi/cms'
import type { DossierResolvers } from '../__generated__/resolvers-types.ts'
import { normalizeDossierCode } from '../domain/dossierCode.ts'
import { idOf, toPublicDossier } from '../domain/publicDossier.ts'
import { toPublicRating } from '../domain/publicRating.ts'

export const Dossier: DossierResolvers = {
  // References come from other subgraphs behind the gateway, never from a citizen: no verifier.
  __resolveReference: async (ref, ctx) => {
    const code = normalizeDossierCode(ref.code)
    const dossier = code ? await ctx.loaders.dossierByCode.load(code) : null
    return dossier ? toPublicDossier(dossier) : null
  },
  procedure: (dossier) => ({ code: dossier.procedureCode }),
  overdue: (dossier, _, ctx) => isOverdue(dossier, ctx.now()),
  timeline: (dossier) => [...(dossier.timeline ?? [])].sort((a, b) => a.at.localeCompare(b.at)),
  resultPickup: async (dossier, _, ctx) => {
    const delivery = dossier.result?.delivery
    if (!delivery) return null
    const place =
      dossier.result?.place ??
      (delivery === 'COUNTER' ? await ctx.loaders.unitAddressById.load(idOf(dossier.unit)) : null)
    return { delivery, place, availableFrom: dossier.result?.availableFrom ?? null }
  },
  unit: (dossier) => ({ id: idOf(dossier.unit) }),
  rating: async (dossier, _, ctx) => {
    const rating = await ctx.loaders.ratingByDossierCode.load(dossier.code)
    return rating ? toPublicRating(rating) : null
  },
}
