import type { DossiersContext } from '../context.ts'
import { matchesApplicant } from './applicantVerifier.ts'
import { normalizeDossierCode } from './dossierCode.ts'

/**
 * The dossier `rawCode` names when `verifier` is its applicant's, else null, under the verifier
 * guard. An unknown code is checked against no hashes and counted under its normalized form
 * exactly like a wrong verifier: every door taking a dossier code (the `dossier` query, rating a
 * dossier) goes through here, so none tells whether a code exists.
 */
export async function dossierForApplicant(ctx: DossiersContext, rawCode: string, verifier: string) {
  const normalized = normalizeDossierCode(rawCode)
  const limitKey = normalized ?? rawCode.trim().toUpperCase()
  await ctx.guard.assertMayVerify(limitKey, ctx.client)
  const dossier = normalized ? await ctx.loaders.dossierByCode.load(normalized) : null
  const matches = matchesApplicant(ctx.keys, dossier ?? {}, verifier)
  if (!dossier || !matches) {
    await ctx.guard.recordWrongVerifier(limitKey, ctx.client)
    return null
  }
  await ctx.guard.recordRightVerifier(limitKey, ctx.client)
  return dossier
}
