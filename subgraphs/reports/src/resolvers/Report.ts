import { isOverdue } from '@caunoi/cms'
import type { ReportResolvers } from '../__generated__/resolvers-types.ts'
import { toPublicReport } from '../domain/publicReport.ts'
import { normalizeTrackingCode } from '../domain/trackingCode.ts'

export const Report: ReportResolvers = {
  // References come from other subgraphs behind the gateway, never from a citizen: no verifier.
  __resolveReference: async (ref, ctx) => {
    const code = normalizeTrackingCode(ref.trackingCode)
    const report = code ? await ctx.loaders.reportByTrackingCode.load(code) : null
    return report ? toPublicReport(report) : null
  },
  timeline: (report) => report.timeline ?? [],
  overdue: (report, _, ctx) => isOverdue(report.dueAt, report.resolvedAt, ctx.now()),
  // Only the key: the content subgraph tells the unit's name, hotlines and address.
  unit: (report) => {
    const id = report.unit && typeof report.unit === 'object' ? report.unit.id : report.unit
    return id ? { id: String(id) } : null
  },
}
