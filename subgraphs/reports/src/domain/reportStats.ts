import type { Payload, Where } from 'payload'
import { RESOLVED_STATUSES } from '@caunoi/cms'

/** A Locality as the gateway hands it to this subgraph: only its key. */
export type LocalityRef = { code: string }

export type ReportStats = { received: number; resolved: number }

/**
 * Reports of one locality: a province counts every report with its provinceCode, a commune those
 * filed under its own code. Codes are unique across levels and a report's provinceCode is always a
 * province's code, so one `or` covers both without first looking up the locality's level.
 */
export async function countReportStats(payload: Payload, code: string): Promise<ReportStats> {
  const inLocality: Where = { or: [{ provinceCode: { equals: code } }, { localityCode: { equals: code } }] }
  const [received, resolved] = await Promise.all([
    payload.count({ collection: 'reports', where: inLocality }),
    payload.count({ collection: 'reports', where: { and: [inLocality, { status: { in: [...RESOLVED_STATUSES] } }] } }),
  ])
  return { received: received.totalDocs, resolved: resolved.totalDocs }
}
