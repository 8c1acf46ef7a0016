import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { dossierForApplicant } from '../domain/dossierForApplicant.ts'
import { toPublicDossier } from '../domain/publicDossier.ts'

export const Query: QueryResolvers = {
  // Unknown code and wrong verifier look the same, and both count against the rate limits.
  dossier: async (_, { code, verifier }, ctx) => {
    const dossier = await dossierForApplicant(ctx, code, verifier)
    return dossier ? toPublicDossier(dossier) : null
  },
}
