import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import { REPORT_FOR_SENDER_SELECT, type ReportForSender } from './domain/publicReport.ts'
import {
  countReportStats,
  filtered,
  inLocality,
  inUnitSubtree,
  type ReportStatsModel,
  type StatsFilter,
} from './domain/reportStats.ts'

/** A stats request: whose (a locality code or unit id) and which reports; a string for DataLoader. */
export function statsKey(
  of: string,
  filter: { type?: StatsFilter['type']; since?: Date | string | null; until?: Date | string | null },
): string {
  const iso = (d: Date | string | null | undefined) => (d ? new Date(d).toISOString() : null)
  return JSON.stringify([of, filter.type ?? null, iso(filter.since), iso(filter.until)])
}

function parseStatsKey(key: string): { of: string; filter: StatsFilter } {
  const [of, type, since, until] = JSON.parse(key) as [string, StatsFilter['type'], string | null, string | null]
  return { of, filter: { type, since: since ? new Date(since) : null, until: until ? new Date(until) : null } }
}

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

  // Payload has no grouped count, so a batch costs three indexed counts per distinct locality,
  // however many times the query mentions it (DataLoader removes duplicates).
  const reportStatsByLocalityCode = new DataLoader<string, ReportStatsModel>((keys) =>
    Promise.all(
      keys.map((key) => {
        const { of, filter } = parseStatsKey(key)
        return countReportStats(payload, filtered(inLocality(of), filter), now())
      }),
    ),
  )

  // A unit id that is not a number cannot name a unit: it counts zero rather than failing.
  const reportStatsByUnitId = new DataLoader<string, ReportStatsModel>((keys) =>
    Promise.all(
      keys.map(async (key) => {
        const { of, filter } = parseStatsKey(key)
        const scope = /^\d+$/.test(of) ? filtered(await inUnitSubtree(payload, Number(of)), filter) : null
        return countReportStats(payload, scope, now())
      }),
    ),
  )

  return { reportByTrackingCode, reportStatsByLocalityCode, reportStatsByUnitId }
}

export type ReportsLoaders = ReturnType<typeof createReportsLoaders>
