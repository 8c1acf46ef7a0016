import { createHmac } from 'node:crypto'
import { badUserInput, problemsOf, type FieldProblem, type Logger } from '@caunoi/platform'
import {
  readDeadlineDays,
  receiveReport,
  ReportKeyTaken,
  reportDueAt,
  resolveSuccessor,
  type NewReport,
} from '@caunoi/cms'
import type { Payload } from 'payload'
import type { SubmitReportInput } from '../__generated__/resolvers-types.ts'
import type { AttachmentLimits } from './attachmentLimits.ts'
import { ensureAttachmentsUnclaimed } from './attachmentsForSubmission.ts'
import { hashPhone } from './phone.ts'
import { possibleDuplicates } from './possibleDuplicates.ts'
import { NoUnitForPlace, routeReport } from './routeReport.ts'
import { PUBLIC_REPORT_SELECT, toPublicReport, type PublicReport } from './publicReport.ts'
import type { ReferenceData, ReferenceView } from './referenceData.ts'
import type { ReportKeys } from './reportKeys.ts'
import { generateTrackingCode } from './trackingCode.ts'
import { validateSubmission, type ReportSubmission } from './validateSubmission.ts'
import { verifierFor } from './verifier.ts'

export type SubmitReportResult = { trackingCode: string; verifier: string; report: PublicReport }

export type SubmitReportDeps = {
  payload: Payload
  reference: ReferenceData
  keys: ReportKeys
  logger: Logger
  attachmentLimits: AttachmentLimits
  now: () => Date
}

// 50 random bits make a collision astronomically rare; a retry or two covers it anyway.
const MAX_TRACKING_CODE_ATTEMPTS = 3

/** Keyed hash of the normalised submission: tells a genuine retry from a reused key. */
export function requestFingerprint(keys: ReportKeys, s: ReportSubmission): string {
  const canonical = JSON.stringify([
    s.type,
    s.locality.code,
    s.content,
    s.title,
    s.occurredAt,
    s.place,
    s.vehiclePlate,
    s.anonymous,
    s.reporter && [s.reporter.name, s.reporter.phone, s.reporter.idNumber, s.reporter.email],
    s.attachments.tokens,
  ])
  return createHmac('sha256', keys.fingerprint).update(canonical).digest('hex')
}

async function findByIdempotencyKey(payload: Payload, idempotencyKey: string) {
  const { docs } = await payload.find({
    collection: 'reports',
    where: { idempotencyKey: { equals: idempotencyKey } },
    select: { ...PUBLIC_REPORT_SELECT, requestFingerprint: true },
    limit: 1,
    pagination: false,
    depth: 0,
  })
  return docs[0] ?? null
}

function acknowledge(keys: ReportKeys, report: PublicReport): SubmitReportResult {
  return {
    trackingCode: report.trackingCode,
    verifier: verifierFor(keys, report.trackingCode),
    report: toPublicReport(report),
  }
}

function replay(keys: ReportKeys, earlier: PublicReport & { requestFingerprint?: string | null }, fingerprint: string) {
  if (earlier.requestFingerprint !== fingerprint) {
    const message = 'Khóa chống gửi trùng này đã được dùng cho một phản ánh khác.'
    throw badUserInput(message, [{ field: 'idempotencyKey', message }])
  }
  return acknowledge(keys, earlier)
}

/** The receiving unit; a place nobody serves is the citizen's to correct, so it is bad input. */
async function receivingUnit(payload: Payload, reference: ReferenceView, s: ReportSubmission): Promise<number> {
  try {
    const { code, provinceCode } = s.locality
    return await reference(`route:${s.type}:${code}:${provinceCode}`, () => routeReport(payload, s.type, s.locality))
  } catch (error) {
    if (!(error instanceof NoUnitForPlace)) throw error
    const message = 'Chưa có đơn vị công an tiếp nhận phản ánh tại địa bàn này.'
    throw badUserInput(message, [{ field: 'localityCode', message }])
  }
}

function newReport(
  keys: ReportKeys,
  s: ReportSubmission,
  dueAt: string,
  unit: number,
  duplicates: number[],
  trackingCode: string,
  idempotencyKey: string | null,
  fingerprint: string,
): NewReport {
  return {
    trackingCode,
    type: s.type,
    dueAt,
    unit,
    possibleDuplicates: duplicates,
    locality: s.locality.id,
    localityCode: s.locality.code,
    provinceCode: s.locality.provinceCode,
    title: s.title,
    content: s.content,
    occurredAt: s.occurredAt,
    place: s.place,
    vehiclePlate: s.vehiclePlate,
    anonymous: s.anonymous,
    attachments: s.attachments.docIds,
    reporter: s.reporter,
    // An anonymous tip carries no identity at all, not even a hash of a phone.
    reporterPhoneHash: s.reporter ? hashPhone(keys, s.reporter.phone) : null,
    idempotencyKey,
    requestFingerprint: fingerprint,
  }
}

/** The submission checked against the reference data of this moment, which the rest of the submit reuses. */
async function validated(
  { payload, reference, attachmentLimits, now }: SubmitReportDeps,
  input: SubmitReportInput,
  rawIdempotencyKey: string | null | undefined,
) {
  const known = await reference.view()
  const findLocality = (code: string) => known(`locality:${code}`, () => resolveSuccessor(payload, code))
  const checked = await validateSubmission(payload, input, rawIdempotencyKey, attachmentLimits, now(), findLocality)
  return { known, ...checked }
}

/**
 * What submitReport would refuse this input for, without storing anything: lets a caller that
 * found problems of its own (an Open311 request's coordinates) report every problem at once.
 */
export async function submissionProblems(
  deps: SubmitReportDeps,
  input: SubmitReportInput,
  rawIdempotencyKey?: string | null,
): Promise<FieldProblem[]> {
  try {
    await validated(deps, input, rawIdempotencyKey)
    return []
  } catch (error) {
    const problems = problemsOf(error)
    if (problems) return problems
    throw error
  }
}

/**
 * Validates and stores a citizen's report, acknowledging it only once the create has committed.
 * With an idempotency key, a retry (even one racing the first request) gets the first result and
 * stores nothing: the unique index on the key decides which request wins, the others read its row.
 */
export async function submitReport(
  deps: SubmitReportDeps,
  input: SubmitReportInput,
  rawIdempotencyKey?: string | null,
): Promise<SubmitReportResult> {
  const { payload, keys, logger, now } = deps
  const { known, submission, idempotencyKey } = await validated(deps, input, rawIdempotencyKey)
  const fingerprint = requestFingerprint(keys, submission)

  // A retry is recognised when its key clashes on insert (no lookup up front: that would cost every
  // first submission a query); its uploads belong to its own first report, so they do not count.
  await ensureAttachmentsUnclaimed(payload, submission.attachments, idempotencyKey)
  const [unit, duplicates, deadlineDays] = await Promise.all([
    receivingUnit(payload, known, submission),
    possibleDuplicates(payload, submission, now()),
    known('deadlineDays', () => readDeadlineDays(payload)),
  ])

  for (let attempt = 1; ; attempt++) {
    const trackingCode = generateTrackingCode(submission.type)
    const receivedAt = now()
    const dueAt = reportDueAt(deadlineDays, submission.type, receivedAt)
    try {
      const report = newReport(keys, submission, dueAt, unit, duplicates, trackingCode, idempotencyKey, fingerprint)
      const received = await receiveReport(payload, report, receivedAt)
      logger.info({ trackingCode, type: received.type, localityCode: received.localityCode }, 'report received')
      return acknowledge(keys, received)
    } catch (error) {
      if (idempotencyKey && error instanceof ReportKeyTaken && error.key === 'idempotencyKey') {
        // A request with the same key committed first (a retry, or a racing duplicate): answer with its report.
        const earlier = await findByIdempotencyKey(payload, idempotencyKey)
        if (earlier) return replay(keys, earlier, fingerprint)
      }
      if (error instanceof ReportKeyTaken && error.key === 'trackingCode' && attempt < MAX_TRACKING_CODE_ATTEMPTS)
        continue
      throw error
    }
  }
}
