import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { toPublicReport } from '../domain/publicReport.ts'
import { publicReportsPage } from '../domain/publicReportsPage.ts'
import { normalizeTrackingCode } from '../domain/trackingCode.ts'
import { matchesVerifier } from '../domain/verifier.ts'

export const Query: QueryResolvers = {
  // Unknown code and wrong verifier look the same, so the answer gives no hint which one was wrong.
  report: async (_, { trackingCode, verifier }, ctx) => {
    const code = normalizeTrackingCode(trackingCode)
    const report = code ? await ctx.loaders.reportByTrackingCode.load(code) : null
    if (!report || !matchesVerifier(ctx.keys, report, verifier)) return null
    return toPublicReport(report)
  },
  publicReports: (_, args, ctx) => publicReportsPage(ctx, args),
}
