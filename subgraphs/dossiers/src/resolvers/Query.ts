import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { matchesApplicant } from '../domain/applicantVerifier.ts'
import { normalizeDossierCode } from '../domain/dossierCode.ts'
import { toPublicDossier } from '../domain/publicDossier.ts'

export const Query: QueryResolvers = {
  // Unknown code and wrong verifier look the same, and both count against the rate limits.
  dossier: async (_, { code, verifier }, ctx) => {
    const normalized = normalizeDossierCode(code)
    const limitKey = normalized ?? code.trim().toUpperCase()
    await ctx.guard.assertMayVerify(limitKey, ctx.client)
    const dossier = normalized ? await ctx.loaders.dossierByCode.load(normalized) : null
    if (!matchesApplicant(ctx.keys, dossier ?? {}, verifier) || !dossier) {
      await ctx.guard.recordWrongVerifier(limitKey, ctx.client)
      return null
    }
    return toPublicDossier(dossier)
  },
}
