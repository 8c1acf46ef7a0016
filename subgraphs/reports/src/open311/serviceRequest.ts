import { relationId } from '@caunoi/cms'
import type { Payload } from 'payload'
import type { PublicReport } from '../domain/publicReport.ts'
import { serviceByCode } from './services.ts'

/** Answered, rejected and closed reports are "closed" to Open311 clients; every other step is "open". */
export const CLOSED_STATUSES = ['ANSWERED', 'REJECTED', 'CLOSED'] as const

export function open311Status(status: PublicReport['status']): 'open' | 'closed' {
  return (CLOSED_STATUSES as readonly string[]).includes(status) ? 'closed' : 'open'
}

/** Names of the handling units, one query for a whole page. */
export async function unitNames(payload: Payload, reports: PublicReport[]): Promise<Map<number, string>> {
  const ids = [...new Set(reports.map((r) => relationId(r.unit)).filter((id): id is number => id != null))]
  if (ids.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'units',
    where: { id: { in: ids } },
    select: { name: true },
    pagination: false,
    depth: 0,
  })
  return new Map(docs.map((unit) => [unit.id, unit.name]))
}

/**
 * A report as an Open311 service request, built from the public fields only: no description or
 * address (what the sender wrote may name people), no coordinates, no media.
 */
export function toServiceRequest(report: PublicReport, units: Map<number, string>) {
  const timeline = report.timeline ?? []
  const lastNote = [...timeline].reverse().find((entry) => entry.note)?.note ?? null
  const updated = [report.createdAt, report.answeredAt, ...timeline.map((entry) => entry.at)]
    .filter((at): at is string => Boolean(at))
    .sort()
    .at(-1)
  const unitId = relationId(report.unit)
  return {
    service_request_id: report.trackingCode,
    status: open311Status(report.status),
    status_notes: report.answer ?? lastNote,
    service_name: serviceByCode(report.type)?.service_name ?? report.type,
    service_code: report.type,
    description: report.title ?? null,
    agency_responsible: unitId != null ? (units.get(unitId) ?? null) : null,
    service_notice: null,
    requested_datetime: report.createdAt,
    updated_datetime: updated ?? report.createdAt,
    expected_datetime: report.dueAt ?? null,
    address: null,
    address_id: null,
    zipcode: null,
    lat: null,
    long: null,
    media_url: null,
    locality_code: report.localityCode,
  }
}
