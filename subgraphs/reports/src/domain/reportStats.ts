import type { Payload, Where } from 'payload'
import { REPORT_TYPES, RESOLVED_STATUSES, unitSubtree, type Report } from '@caunoi/cms'

type ReportType = Report['type']

/** A Locality as the gateway hands it to this subgraph: only its key. */
export type LocalityRef = { code: string }

/** A Unit as the gateway hands it to this subgraph: only its key (the content subgraph's id). */
export type UnitRef = { id: string }

/** Which reports a statistic covers besides its place: one type, received within a period. */
export type StatsFilter = { type?: ReportType | null; since?: Date | null; until?: Date | null }

export type Counts = { received: number; resolved: number; overdue: number }

/** The counts, plus what the slower figures (median, by type) need to be computed on demand. */
export type ReportStatsModel = Counts & { scope: Where | null; now: Date }

/**
 * Reports of one locality: a province counts every report with its provinceCode, a commune those
 * filed under its own code. Codes are unique across levels and a report's provinceCode is always a
 * province's code, so one `or` covers both without first looking up the locality's level.
 */
export function inLocality(code: string): Where {
  return { or: [{ provinceCode: { equals: code } }, { localityCode: { equals: code } }] }
}

/** Reports in the queues of a unit and the units under it. */
export async function inUnitSubtree(payload: Payload, unitId: number): Promise<Where> {
  return { unit: { in: await unitSubtree(payload, unitId) } }
}

export function filtered(scope: Where, { type, since, until }: StatsFilter): Where {
  const and: Where[] = [scope]
  if (type) and.push({ type: { equals: type } })
  if (since) and.push({ createdAt: { greater_than_equal: since.toISOString() } })
  if (until) and.push({ createdAt: { less_than: until.toISOString() } })
  return and.length === 1 ? scope : { and }
}

/** Overdue means still open past the deadline: resolvedAt is set when a report is answered or rejected. */
export async function countReports(payload: Payload, scope: Where, now: Date): Promise<Counts> {
  const [received, resolved, overdue] = await Promise.all([
    payload.count({ collection: 'reports', where: scope }),
    payload.count({ collection: 'reports', where: { and: [scope, { status: { in: [...RESOLVED_STATUSES] } }] } }),
    payload.count({
      collection: 'reports',
      where: { and: [scope, { resolvedAt: { exists: false } }, { dueAt: { less_than: now.toISOString() } }] },
    }),
  ])
  return { received: received.totalDocs, resolved: resolved.totalDocs, overdue: overdue.totalDocs }
}

export async function countReportStats(payload: Payload, scope: Where | null, now: Date): Promise<ReportStatsModel> {
  const counts = scope ? await countReports(payload, scope, now) : { received: 0, resolved: 0, overdue: 0 }
  return { ...counts, scope, now }
}

// The median is taken over the most recent answers: enough for a figure, bounded for a province.
const MEDIAN_SAMPLE = 5_000

/** Median time from receipt to answer, in hours, over answered and closed reports; null if none. */
export async function medianResolutionHours(payload: Payload, scope: Where): Promise<number | null> {
  const { docs } = await payload.find({
    collection: 'reports',
    where: { and: [scope, { status: { in: [...RESOLVED_STATUSES] } }, { resolvedAt: { exists: true } }] },
    select: { createdAt: true, resolvedAt: true },
    sort: '-resolvedAt',
    limit: MEDIAN_SAMPLE,
    pagination: false,
    depth: 0,
  })
  const hours = docs
    .map((d) => (new Date(d.resolvedAt!).getTime() - new Date(d.createdAt).getTime()) / 3_600_000)
    .sort((a, b) => a - b)
  if (hours.length === 0) return null
  const middle = Math.floor(hours.length / 2)
  const median = hours.length % 2 ? hours[middle]! : (hours[middle - 1]! + hours[middle]!) / 2
  return Math.round(median * 100) / 100
}

export async function countsByType(payload: Payload, scope: Where, now: Date) {
  return Promise.all(
    REPORT_TYPES.map(async ({ value: type }) => ({
      type,
      ...(await countReports(payload, filtered(scope, { type }), now)),
    })),
  )
}
