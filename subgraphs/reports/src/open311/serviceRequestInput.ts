import type { FieldProblem } from '@caunoi/platform'
import type { SubmitReportInput } from '../__generated__/resolvers-types.ts'
import { Open311Error } from './open311Error.ts'
import { serviceByCode } from './services.ts'

/** A POST requests.json body as named values: form fields may repeat, JSON values may be arrays. */
export type RequestFields = Map<string, string[]>

/** Reads a form-encoded or JSON body; JSON's "attribute": { … } becomes attribute[…] fields. */
export function requestFields(contentType: string | undefined, body: string): RequestFields {
  const fields: RequestFields = new Map()
  const add = (key: string, value: unknown) => {
    if (value === null || value === undefined) return
    if (Array.isArray(value)) return value.forEach((item) => add(key, item))
    if (typeof value === 'object') {
      for (const [inner, v] of Object.entries(value)) add(`${key}[${inner}]`, v)
      return
    }
    fields.set(key, [...(fields.get(key) ?? []), String(value)])
  }
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  if (type === 'application/json') {
    let parsed: unknown
    try {
      parsed = JSON.parse(body)
    } catch {
      throw new Open311Error(400, ['Nội dung yêu cầu không phải JSON hợp lệ.'])
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
      throw new Open311Error(400, ['Nội dung yêu cầu phải là một đối tượng JSON.'])
    }
    for (const [key, value] of Object.entries(parsed)) add(key, value)
    return fields
  }
  if (type === 'application/x-www-form-urlencoded' || (type === undefined && body.length === 0)) {
    for (const [key, value] of new URLSearchParams(body)) add(key, value)
    return fields
  }
  throw new Open311Error(415, ['Yêu cầu phải ở dạng application/x-www-form-urlencoded hoặc application/json.'])
}

const first = (fields: RequestFields, key: string): string | undefined => {
  const value = fields.get(key)?.[0]?.trim()
  return value ? value : undefined
}

/** Repeated fields and comma-separated lists alike ("A1,A2" or attachment_ids=A1&attachment_ids=A2). */
const list = (fields: RequestFields, key: string): string[] =>
  (fields.get(key) ?? [])
    .flatMap((value) => value.split(','))
    .map((id) => id.trim())
    .filter(Boolean)

/** "lat, long" or the address as given, both when both are sent: where the officer should go. */
function placeOf(fields: RequestFields, problems: FieldProblem[]): string | null {
  const address = first(fields, 'address_string')
  const lat = first(fields, 'lat')
  const long = first(fields, 'long')
  let coordinates: string | null = null
  if ((lat === undefined) !== (long === undefined)) {
    problems.push({ field: 'coordinates', message: 'Vui lòng gửi cả vĩ độ (lat) và kinh độ (long).' })
  } else if (lat !== undefined && long !== undefined) {
    const latitude = Number(lat)
    const longitude = Number(long)
    if (
      !Number.isFinite(latitude) ||
      !Number.isFinite(longitude) ||
      Math.abs(latitude) > 90 ||
      Math.abs(longitude) > 180
    ) {
      problems.push({ field: 'coordinates', message: 'Tọa độ không hợp lệ (ví dụ: lat=21.0285, long=105.8542).' })
    } else coordinates = `${latitude}, ${longitude}`
  }
  if (address && coordinates) return `${address} (${coordinates})`
  return address ?? coordinates ?? null
}

const truthy = (value: string | undefined) =>
  value !== undefined && ['true', '1', 'yes', 'on'].includes(value.toLowerCase())

/** A Vietnamese full name is family name first: "Nguyễn" + "Văn An" → "Nguyễn Văn An". */
function fullName(fields: RequestFields): string | undefined {
  const name = [first(fields, 'last_name'), first(fields, 'first_name')].filter(Boolean).join(' ')
  return name || undefined
}

/**
 * The submitReport input an Open311 service request stands for, its idempotency key (the
 * Idempotency-Key header, else the idempotency_key field), and what is wrong with the request in
 * Open311's own terms, beyond what the submit path checks. The locality is locality_code, else
 * jurisdiction_id: a province ("01") or a commune ("00004") code.
 */
export function toSubmitReportInput(
  fields: RequestFields,
  idempotencyHeader: string | undefined,
): { input: SubmitReportInput; idempotencyKey: string | null; problems: FieldProblem[] } {
  const code = first(fields, 'service_code')
  if (!code) throw new Open311Error(400, ['service_code: Vui lòng chọn loại phản ánh (service_code).'])
  const service = serviceByCode(code)
  if (!service) throw new Open311Error(404, [`service_code: Không có loại phản ánh "${code}".`])
  const problems: FieldProblem[] = []
  if (first(fields, 'media_url')) {
    // Fetching a file from a client's URL would let anyone make this server call any address,
    // and an image must pass through the upload sanitizer (EXIF removal) anyway.
    problems.push({
      field: 'mediaUrl',
      message: 'Không nhận tệp qua đường dẫn; vui lòng tải tệp lên /attachments và gửi mã tệp trong attachment_ids.',
    })
  }
  const localityCode = first(fields, 'locality_code') ?? first(fields, 'jurisdiction_id')
  if (!localityCode) {
    problems.push({
      field: 'localityCode',
      message: 'Vui lòng cho biết mã địa bàn (locality_code hoặc jurisdiction_id).',
    })
  }

  const reporter = {
    name: fullName(fields),
    phone: first(fields, 'phone'),
    email: first(fields, 'email'),
  }
  const identified = Boolean(reporter.name || reporter.phone || reporter.email)
  const anonymousAttribute = first(fields, 'attribute[anonymous]')
  // A tip sent with no identity at all is anonymous: Open311 makes personal fields optional.
  const anonymous =
    truthy(anonymousAttribute) ||
    (service.service_code === 'CRIME_TIP' && !identified && anonymousAttribute === undefined)

  const input: SubmitReportInput = {
    type: service.service_code,
    localityCode: localityCode ?? '',
    content: fields.get('description')?.[0] ?? '',
    place: placeOf(fields, problems),
    vehiclePlate: first(fields, 'attribute[vehicle_plate]') ?? null,
    occurredAt: first(fields, 'attribute[occurred_at]') ?? null,
    attachmentIds: list(fields, 'attachment_ids'),
    anonymous,
    // The submit path refuses an anonymous tip that carries an identity, and a named one without.
    reporter: anonymous && !identified ? null : reporter,
  }
  return { input, idempotencyKey: idempotencyHeader?.trim() || first(fields, 'idempotency_key') || null, problems }
}
