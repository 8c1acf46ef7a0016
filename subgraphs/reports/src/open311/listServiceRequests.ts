import { resolveSuccessor } from '@caunoi/cms'
import { DATE_OUT_OF_RANGE_MESSAGE, readAcceptedDate } from '@caunoi/platform'
import type { Payload, Where } from 'payload'
import { PUBLIC_REPORT_SELECT, toPublicReport } from '../domain/publicReport.ts'
import { inLocality } from '../domain/reportStats.ts'
import { normalizeTrackingCode } from '../domain/trackingCode.ts'
import { Open311Error } from './open311Error.ts'
import { toServiceRequest, unitNames } from './serviceRequest.ts'
import { serviceByCode } from './services.ts'

/** The GeoReport v2 default: the 1,000 most recent matching requests. */
export const MAX_SERVICE_REQUESTS = 1000

const csv = (value: string | null): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean)

function date(params: URLSearchParams, name: 'start_date' | 'end_date'): string | null {
  const value = params.get(name)?.trim()
  if (!value) return null
  const parsed = readAcceptedDate(value)
  if (parsed === 'invalid') {
    throw new Open311Error(400, [`${name}: Ngày giờ không hợp lệ (ISO 8601, ví dụ 2026-11-01T00:00:00+07:00).`])
  }
  if (parsed === 'out-of-range') throw new Open311Error(400, [`${name}: ${DATE_OUT_OF_RANGE_MESSAGE}`])
  return parsed.toISOString()
}

const NOTHING: Where = { id: { equals: -1 } }

/**
 * GET requests.json: the reports anyone may read (answered, marked publishable by their unit,
 * never a crime tip), newest first, filtered by service_request_id, service_code, status,
 * start_date/end_date (receipt time) and locality_code or jurisdiction_id.
 */
export async function listServiceRequests(payload: Payload, params: URLSearchParams) {
  const and: Where[] = [
    { publishable: { equals: true } },
    { status: { in: ['ANSWERED', 'CLOSED'] } },
    { type: { not_equals: 'CRIME_TIP' } },
  ]
  const codes = csv(params.get('service_code'))
  const unknown = codes.filter((code) => !serviceByCode(code))
  if (unknown.length > 0) throw new Open311Error(400, [`service_code: Không có loại phản ánh "${unknown.join(', ')}".`])
  if (codes.length > 0) and.push({ type: { in: codes } })

  const statuses = csv(params.get('status')?.toLowerCase() ?? null)
  if (statuses.some((status) => status !== 'open' && status !== 'closed')) {
    throw new Open311Error(400, ['status: Trạng thái chỉ có thể là "open" hoặc "closed".'])
  }
  // Everything public is answered, hence closed: asking only for open requests finds none.
  if (statuses.length > 0 && !statuses.includes('closed')) and.push(NOTHING)

  const start = date(params, 'start_date')
  const end = date(params, 'end_date')
  if (start && end && start > end) throw new Open311Error(400, ['start_date: Ngày bắt đầu phải trước ngày kết thúc.'])
  if (start) and.push({ createdAt: { greater_than_equal: start } })
  if (end) and.push({ createdAt: { less_than_equal: end } })

  const ids = csv(params.get('service_request_id'))
  if (ids.length > 0) {
    const normalized = ids.map(normalizeTrackingCode).filter((code): code is string => code !== null)
    and.push(normalized.length > 0 ? { trackingCode: { in: normalized } } : NOTHING)
  }

  const localityCode = (params.get('locality_code') ?? params.get('jurisdiction_id'))?.trim()
  if (localityCode) {
    // An old code (Thái Bình "34") lists its successor's reports; an unknown one lists nothing.
    const locality = await resolveSuccessor(payload, localityCode)
    and.push(locality ? inLocality(locality.code) : NOTHING)
  }

  const { docs } = await payload.find({
    collection: 'reports',
    where: { and },
    select: PUBLIC_REPORT_SELECT,
    sort: ['-createdAt', '-id'],
    limit: MAX_SERVICE_REQUESTS,
    pagination: false,
    depth: 0,
  })
  const reports = docs.map(toPublicReport)
  const units = await unitNames(payload, reports)
  return reports.map((report) => toServiceRequest(report, units))
}
