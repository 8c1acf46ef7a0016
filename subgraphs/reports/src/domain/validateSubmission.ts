import type { Locality, Report } from '@caunoi/cms'
import { badUserInput, DATE_OUT_OF_RANGE_MESSAGE, readAcceptedDate, type FieldProblem } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { ReporterInput, SubmitReportInput } from '../__generated__/resolvers-types.ts'
import type { AttachmentLimits } from './attachmentLimits.ts'
import { attachmentsForSubmission, type AttachmentRefs } from './attachmentsForSubmission.ts'
import { normalizeVietnamesePhone } from './phone.ts'
import { normalizeVehiclePlate } from './vehiclePlate.ts'

type ReportType = Report['type']

/** Today's locality for a code, old codes followed to their successor (resolveSuccessor). */
export type FindLocality = (code: string) => Promise<Locality | null>

/** Lengths match the reports collection, so Payload never rejects what passed here. */
export const SUBMISSION_LIMITS = { content: 10_000, title: 200, place: 500, name: 100, email: 254 } as const

/** An idempotency key is a client-made UUID or similar: long enough not to collide by accident. */
export const IDEMPOTENCY_KEY_LENGTH = { min: 8, max: 200 } as const

// Phone clocks drift: a few minutes ahead of ours is not "in the future".
const CLOCK_SKEW_MS = 5 * 60_000

/** What each type must say beyond the content; a traffic violation is useless without these. */
const REQUIRED_BY_TYPE: Record<ReportType, ('vehiclePlate' | 'place' | 'occurredAt')[]> = {
  ADMIN_FEEDBACK: [],
  CRIME_TIP: [],
  TRAFFIC_VIOLATION: ['vehiclePlate', 'place', 'occurredAt'],
  PUBLIC_ORDER: [],
}

const MISSING = {
  vehiclePlate: 'Vui lòng nhập biển kiểm soát của phương tiện vi phạm.',
  place: 'Vui lòng cho biết địa điểm xảy ra vụ việc.',
  occurredAt: 'Vui lòng cho biết thời điểm xảy ra vụ việc.',
} as const

/** A submission that passed every rule, normalised: what is stored and fingerprinted. */
export type ReportSubmission = {
  type: ReportType
  locality: { id: number; code: string; provinceCode: string }
  content: string
  title: string | null
  occurredAt: string | null
  place: string | null
  vehiclePlate: string | null
  anonymous: boolean
  reporter: { name: string; phone: string; idNumber: string | null; email: string | null } | null
  attachments: AttachmentRefs
}

function text(value: string | null | undefined): string | null {
  const trimmed = value?.trim()
  return trimmed ? trimmed : null
}

function hasIdentity(reporter: ReporterInput | null | undefined): boolean {
  return Boolean(reporter && [reporter.name, reporter.phone, reporter.idNumber, reporter.email].some((v) => text(v)))
}

function checkReporter(
  reporter: ReporterInput | null | undefined,
  problems: FieldProblem[],
): ReportSubmission['reporter'] {
  const name = text(reporter?.name)
  if (!name) problems.push({ field: 'reporter.name', message: 'Vui lòng nhập họ và tên người gửi.' })
  else if (name.length > SUBMISSION_LIMITS.name)
    problems.push({ field: 'reporter.name', message: `Họ và tên tối đa ${SUBMISSION_LIMITS.name} ký tự.` })

  const rawPhone = text(reporter?.phone)
  const phone = rawPhone ? normalizeVietnamesePhone(rawPhone) : null
  if (!rawPhone) problems.push({ field: 'reporter.phone', message: 'Vui lòng nhập số điện thoại người gửi.' })
  else if (!phone)
    problems.push({ field: 'reporter.phone', message: 'Số điện thoại không hợp lệ (ví dụ: 0912 345 678).' })

  const rawIdNumber = text(reporter?.idNumber)
  const idNumber = rawIdNumber ? rawIdNumber.replace(/\s/g, '') : null
  if (idNumber && !/^\d{12}$/.test(idNumber))
    problems.push({ field: 'reporter.idNumber', message: 'Số định danh cá nhân phải gồm 12 chữ số.' })

  const email = text(reporter?.email)?.toLowerCase() ?? null
  if (email && (email.length > SUBMISSION_LIMITS.email || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)))
    problems.push({ field: 'reporter.email', message: 'Địa chỉ thư điện tử không hợp lệ.' })

  return name && phone ? { name, phone, idNumber, email } : null
}

function checkOccurredAt(value: unknown, now: Date, problems: FieldProblem[]): string | null {
  if (value === null || value === undefined) return null
  const date = readAcceptedDate(value instanceof Date ? value : String(value))
  if (date === 'invalid') {
    problems.push({ field: 'occurredAt', message: 'Thời điểm xảy ra không hợp lệ.' })
    return null
  }
  if (date === 'out-of-range') {
    problems.push({ field: 'occurredAt', message: DATE_OUT_OF_RANGE_MESSAGE })
    return null
  }
  if (date.getTime() > now.getTime() + CLOCK_SKEW_MS) {
    problems.push({ field: 'occurredAt', message: 'Thời điểm xảy ra không được ở tương lai.' })
    return null
  }
  return date.toISOString()
}

async function checkLocality(
  findLocality: FindLocality,
  code: string,
  problems: FieldProblem[],
): Promise<ReportSubmission['locality'] | null> {
  const trimmed = code.trim()
  // An old code (Thái Bình "34") files the report under today's unit (Hưng Yên "33").
  const locality = trimmed ? await findLocality(trimmed) : null
  const provinceCode = locality?.provinceCode ?? (locality?.level === 'PROVINCE' ? locality.code : null)
  if (!trimmed) {
    problems.push({ field: 'localityCode', message: 'Vui lòng chọn địa bàn nơi xảy ra vụ việc.' })
    return null
  }
  if (!locality || !provinceCode) {
    problems.push({ field: 'localityCode', message: `Không tìm thấy địa bàn có mã "${trimmed}".` })
    return null
  }
  return { id: locality.id, code: locality.code, provinceCode }
}

/** The idempotency key as given, checked; null when the client sent none. */
export function checkIdempotencyKey(key: string | null | undefined, problems: FieldProblem[]): string | null {
  if (key === null || key === undefined) return null
  const trimmed = key.trim()
  if (trimmed.length < IDEMPOTENCY_KEY_LENGTH.min || trimmed.length > IDEMPOTENCY_KEY_LENGTH.max) {
    problems.push({
      field: 'idempotencyKey',
      message: `Khóa chống gửi trùng phải dài từ ${IDEMPOTENCY_KEY_LENGTH.min} đến ${IDEMPOTENCY_KEY_LENGTH.max} ký tự.`,
    })
    return null
  }
  return trimmed
}

/**
 * Every rule a citizen's report must meet, checked in one pass so the client can show every
 * problem at once. Throws BAD_USER_INPUT with the failing fields; nothing has been written then.
 */
export async function validateSubmission(
  payload: Payload,
  input: SubmitReportInput,
  idempotencyKey: string | null | undefined,
  attachmentLimits: AttachmentLimits,
  now: Date,
  findLocality: FindLocality,
): Promise<{ submission: ReportSubmission; idempotencyKey: string | null }> {
  const problems: FieldProblem[] = []
  const key = checkIdempotencyKey(idempotencyKey, problems)

  const content = text(input.content)
  if (!content) problems.push({ field: 'content', message: 'Nội dung không được để trống.' })
  else if (content.length > SUBMISSION_LIMITS.content)
    problems.push({ field: 'content', message: `Nội dung tối đa ${SUBMISSION_LIMITS.content} ký tự.` })

  const title = text(input.title)
  if (title && title.length > SUBMISSION_LIMITS.title)
    problems.push({ field: 'title', message: `Tiêu đề tối đa ${SUBMISSION_LIMITS.title} ký tự.` })

  const place = text(input.place)
  if (place && place.length > SUBMISSION_LIMITS.place)
    problems.push({ field: 'place', message: `Địa điểm tối đa ${SUBMISSION_LIMITS.place} ký tự.` })

  const occurredAt = checkOccurredAt(input.occurredAt, now, problems)

  const rawPlate = text(input.vehiclePlate)
  const vehiclePlate = rawPlate ? normalizeVehiclePlate(rawPlate) : null
  if (rawPlate && !vehiclePlate)
    problems.push({
      field: 'vehiclePlate',
      message: 'Biển kiểm soát không hợp lệ (ví dụ: 30A-123.45 hoặc 29B1-123.45).',
    })

  const given = { vehiclePlate: rawPlate, place, occurredAt: input.occurredAt }
  for (const field of REQUIRED_BY_TYPE[input.type]) {
    if (given[field] === null || given[field] === undefined) problems.push({ field, message: MISSING[field] })
  }

  const attachments = await attachmentsForSubmission(
    payload,
    input.attachmentIds,
    input.type,
    attachmentLimits,
    problems,
  )

  const anonymous = input.anonymous === true
  let reporter: ReportSubmission['reporter'] = null
  if (anonymous && input.type !== 'CRIME_TIP') {
    problems.push({ field: 'anonymous', message: 'Chỉ tin báo, tố giác tội phạm mới được gửi ẩn danh.' })
  }
  if (anonymous && input.type === 'CRIME_TIP') {
    if (hasIdentity(input.reporter)) {
      // A tipster who asked for anonymity must not be identified by data a client attached anyway.
      problems.push({ field: 'reporter', message: 'Tin báo ẩn danh không được kèm thông tin người gửi.' })
    }
  } else {
    reporter = checkReporter(input.reporter, problems)
  }

  const locality = await checkLocality(findLocality, input.localityCode, problems)

  if (problems.length > 0 || !content || !locality) {
    throw badUserInput(`Phản ánh chưa hợp lệ: ${problems.map((p) => p.message).join(' ')}`, problems)
  }
  return {
    submission: {
      type: input.type,
      locality,
      content,
      title,
      occurredAt,
      place,
      vehiclePlate,
      anonymous,
      reporter,
      attachments,
    },
    idempotencyKey: key,
  }
}
