import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import { REPORT_FOR_SENDER_SELECT, type ReportForSender } from './domain/publicReport.ts'
import { countReportStats, inLocality, inUnitSubtree, type ReportStats } from './domain/reportStats.ts'

/** One query per kind of lookup per request, whatever the shape of the client's query. */
export function createReportsLoaders(payload: Payload, now: () => Date) {
  const reportByTrackingCode = new DataLoader<string, ReportForSender | null>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'reports',
      where: { trackingCode: { in: [...codes] } },
      select: REPORT_FOR_SENDER_SELECT,
      pagination: false,
      depth: 0,
    })
    const byCode = new Map(docs.map((doc) => [doc.trackingCode, doc]))
    return codes.map((code) => byCode.get(code) ?? null)
  })

  // Payload has no grouped count, so a batch costs two indexed counts per distinct locality,
  // however many times the query mentions it (DataLoader removes duplicates).
  const reportStatsByLocalityCode = new DataLoader<string, ReportStats>((codes) =>
    Promise.all(codes.map((code) => countReportStats(payload, inLocality(code), now()))),
  )

  // A unit id that is not a number cannot name a unit: it counts zero rather than failing.
  const reportStatsByUnitId = new DataLoader<string, ReportStats>((ids) =>
    Promise.all(
      ids.map(async (id) =>
        /^\d+$/.test(id)
          ? countReportStats(payload, await inUnitSubtree(payload, Number(id)), now())
          : { received: 0, resolved: 0, overdue: 0 },
      ),
    ),
  )

  return { reportByTrackingCode, reportStatsByLocalityCode, reportStatsByUnitId }
}

export type ReportsLoaders = ReturnType<typeof createReportsLoaders>
