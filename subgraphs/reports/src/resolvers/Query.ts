import type { QueryResolvers } from '../__generated__/resolvers-types.ts'
import { toPublicReport } from '../domain/publicReport.ts'
import { publicReportsPage } from '../domain/publicReportsPage.ts'
import { normalizeTrackingCode } from '../domain/trackingCode.ts'
import { verifiedUnderGuard } from '../domain/verifier.ts'

export const Query: QueryResolvers = {
  // Unknown code and wrong verifier look the same, and both count against the rate limits.
  report: async (_, { trackingCode, verifier }, ctx) => {
    const code = normalizeTrackingCode(trackingCode)
    const report = code ? await ctx.loaders.reportByTrackingCode.load(code) : null
    if (!(await verifiedUnderGuard(ctx, trackingCode, report, verifier)) || !report) return null
    return toPublicReport(report)
  },
  publicReports: (_, args, ctx) => publicReportsPage(ctx, args),
}
