import type { ReportStatsResolvers } from '../__generated__/resolvers-types.ts'
import { countsByType, medianResolutionHours } from '../domain/reportStats.ts'

// Computed only when asked for: each costs more than the three counts.
export const ReportStats: ReportStatsResolvers = {
  medianResolutionHours: (stats, _, ctx) => (stats.scope ? medianResolutionHours(ctx.payload, stats.scope) : null),
  byType: (stats, _, ctx) => (stats.scope ? countsByType(ctx.payload, stats.scope, stats.now) : []),
}
