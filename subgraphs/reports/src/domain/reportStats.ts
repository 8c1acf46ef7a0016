import type { Payload, Where } from 'payload'
import { RESOLVED_STATUSES, unitSubtree } from '@caunoi/cms'

/** A Locality as the gateway hands it to this subgraph: only its key. */
export type LocalityRef = { code: string }

/** A Unit as the gateway hands it to this subgraph: only its key (the content subgraph's id). */
export type UnitRef = { id: string }

export type ReportStats = { received: number; resolved: number; overdue: number }

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

/** Overdue means still open past the deadline: resolvedAt is set when a report is answered or rejected. */
export async function countReportStats(payload: Payload, scope: Where, now: Date): Promise<ReportStats> {
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
