import {
  DOSSIER_STATUSES,
  RESULT_DELIVERY_METHODS,
  SETTLED_DOSSIER_STATUSES,
  type DossierStatus,
  type ResultDeliveryMethod,
} from '@caunoi/cms'
import {
  DATE_OUT_OF_RANGE_MESSAGE,
  normalizeIdNumber,
  normalizeVietnamesePhone,
  readAcceptedDate,
  type FieldProblem,
} from '@caunoi/platform'
import { normalizeDossierCode } from '../domain/dossierCode.ts'

/** A dossier as a partner system sends it (one JSON object, or one CSV line mapped to this shape). */
export type DossierRow = {
  code?: unknown
  version?: unknown
  procedureCode?: unknown
  unitId?: unknown
  applicant?: { name?: unknown; phone?: unknown; idNumber?: unknown } | null
  status?: unknown
  submittedAt?: unknown
  dueAt?: unknown
  completedAt?: unknown
  timeline?: unknown
  result?: { delivery?: unknown; place?: unknown; availableFrom?: unknown } | null
}

/** A row that passed every check, in the form the dossiers collection stores. */
export type ValidDossier = {
  code: string
  version: number
  procedureCode: string
  unitId: string
  applicant: { name: string | null; phone: string | null; idNumber: string | null }
  status: DossierStatus
  submittedAt: string
  dueAt: string
  completedAt: string | null
  timeline: { status: DossierStatus; at: string; note: string | null }[]
  result: { delivery: ResultDeliveryMethod | null; place: string | null; availableFrom: string | null }
}

const STATUSES = new Set<string>(DOSSIER_STATUSES.map((s) => s.value))
const DELIVERIES = new Set<string>(RESULT_DELIVERY_METHODS.map((d) => d.value))
const PROCEDURE_CODE = /^[0-9A-Z.-]{3,20}$/
const MAX_TEXT = 500
const MAX_STEPS = 100

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : typeof value === 'number' ? String(value) : null

function date(value: unknown, field: string, problems: FieldProblem[], required: boolean): string | null {
  const raw = text(value)
  if (raw === null) {
    if (required) problems.push({ field, message: 'Thiếu ngày giờ.' })
    return null
  }
  const parsed = readAcceptedDate(raw)
  if (parsed === 'invalid') {
    problems.push({ field, message: `Ngày giờ không hợp lệ: ${JSON.stringify(raw).slice(0, 40)} (dùng ISO 8601).` })
    return null
  }
  if (parsed === 'out-of-range') {
    problems.push({ field, message: DATE_OUT_OF_RANGE_MESSAGE })
    return null
  }
  return parsed.toISOString()
}

function boundedText(value: unknown, field: string, problems: FieldProblem[]): string | null {
  const raw = text(value)
  if (raw && raw.length > MAX_TEXT) problems.push({ field, message: `Tối đa ${MAX_TEXT} ký tự.` })
  return raw
}

function checkTimeline(value: unknown, problems: FieldProblem[]): ValidDossier['timeline'] {
  if (value === undefined || value === null || value === '') return []
  if (!Array.isArray(value) || value.length > MAX_STEPS) {
    problems.push({ field: 'timeline', message: `Quá trình giải quyết phải là danh sách (tối đa ${MAX_STEPS} bước).` })
    return []
  }
  return value.flatMap((step: { status?: unknown; at?: unknown; note?: unknown }, index) => {
    const field = `timeline.${index}`
    const status = text(step?.status)
    if (!status || !STATUSES.has(status)) {
      problems.push({ field: `${field}.status`, message: `Trạng thái không hợp lệ: ${JSON.stringify(step?.status)}.` })
    }
    const at = date(step?.at, `${field}.at`, problems, true)
    const note = boundedText(step?.note, `${field}.note`, problems)
    return status && STATUSES.has(status) && at ? [{ status: status as DossierStatus, at, note }] : []
  })
}

/**
 * Checks one row and returns it normalised, or every problem found (Vietnamese, with the field),
 * so a partner can fix all of a row's mistakes at once. Unit scope is checked by the importer.
 */
export function validateDossierRow(row: DossierRow): { dossier: ValidDossier } | { problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  if (typeof row !== 'object' || row === null)
    return { problems: [{ field: '', message: 'Dòng không phải đối tượng JSON.' }] }

  const code = normalizeDossierCode(text(row.code) ?? '')
  if (!code)
    problems.push({ field: 'code', message: 'Mã hồ sơ thiếu hoặc không hợp lệ (3–64 ký tự: chữ, số, . - _ /).' })

  const version = typeof row.version === 'string' && row.version.trim() !== '' ? Number(row.version) : row.version
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) {
    problems.push({ field: 'version', message: 'Phiên bản phải là số nguyên không âm.' })
  }

  const procedureCode = text(row.procedureCode)
  if (!procedureCode || !PROCEDURE_CODE.test(procedureCode)) {
    problems.push({ field: 'procedureCode', message: 'Mã thủ tục thiếu hoặc không hợp lệ (ví dụ "1.004222").' })
  }

  const unitId = text(row.unitId)
  if (!unitId) problems.push({ field: 'unitId', message: 'Thiếu mã đơn vị tiếp nhận.' })

  const rawPhone = text(row.applicant?.phone)
  const rawIdNumber = text(row.applicant?.idNumber)
  const phone = rawPhone ? normalizeVietnamesePhone(rawPhone) : null
  const idNumber = rawIdNumber ? normalizeIdNumber(rawIdNumber) : null
  if (rawPhone && !phone) problems.push({ field: 'applicant.phone', message: 'Số điện thoại không hợp lệ.' })
  if (rawIdNumber && !idNumber) {
    problems.push({ field: 'applicant.idNumber', message: 'Số định danh cá nhân phải gồm 12 (hoặc 9) chữ số.' })
  }
  if (!rawPhone && !rawIdNumber) {
    problems.push({
      field: 'applicant',
      message: 'Cần số điện thoại hoặc số định danh của người nộp để họ tra cứu được hồ sơ.',
    })
  }
  const name = boundedText(row.applicant?.name, 'applicant.name', problems)

  const status = text(row.status)
  if (!status || !STATUSES.has(status))
    problems.push({ field: 'status', message: `Trạng thái không hợp lệ: ${JSON.stringify(row.status)}.` })
  const submittedAt = date(row.submittedAt, 'submittedAt', problems, true)
  const dueAt = date(row.dueAt, 'dueAt', problems, true)
  const completedAt = date(row.completedAt, 'completedAt', problems, false)
  if (submittedAt && dueAt && dueAt < submittedAt)
    problems.push({ field: 'dueAt', message: 'Hạn trả kết quả trước ngày tiếp nhận.' })
  if (submittedAt && completedAt && completedAt < submittedAt) {
    problems.push({ field: 'completedAt', message: 'Ngày hoàn thành trước ngày tiếp nhận.' })
  }
  if (status && SETTLED_DOSSIER_STATUSES.includes(status as DossierStatus) && !completedAt) {
    problems.push({ field: 'completedAt', message: 'Hồ sơ đã có kết quả hoặc bị từ chối phải có ngày hoàn thành.' })
  }

  const timeline = checkTimeline(row.timeline, problems)

  const delivery = text(row.result?.delivery)
  if (delivery && !DELIVERIES.has(delivery)) {
    problems.push({
      field: 'result.delivery',
      message: 'Hình thức nhận kết quả phải là COUNTER, POST hoặc ELECTRONIC.',
    })
  }
  const place = boundedText(row.result?.place, 'result.place', problems)
  const availableFrom = date(row.result?.availableFrom, 'result.availableFrom', problems, false)

  if (problems.length > 0) return { problems }
  return {
    dossier: {
      code: code!,
      version: version as number,
      procedureCode: procedureCode!,
      unitId: unitId!,
      applicant: { name, phone, idNumber },
      status: status as DossierStatus,
      submittedAt: submittedAt!,
      dueAt: dueAt!,
      completedAt,
      timeline,
      result: { delivery: (delivery as ResultDeliveryMethod | null) ?? null, place, availableFrom },
    },
  }
}
