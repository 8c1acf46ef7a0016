import { createHmac } from 'node:crypto'
import { badUserInput, type Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { SubmitReportInput } from '../__generated__/resolvers-types.ts'
import type { AttachmentLimits } from './attachmentLimits.ts'
import { ensureAttachmentsUnclaimed } from './attachmentsForSubmission.ts'
import { hashPhone } from './phone.ts'
import { possibleDuplicates } from './possibleDuplicates.ts'
import { NoUnitForPlace, routeReport } from './routeReport.ts'
import { PUBLIC_REPORT_SELECT, toPublicReport, type PublicReport } from './publicReport.ts'
import type { ReportKeys } from './reportKeys.ts'
import { generateTrackingCode } from './trackingCode.ts'
import { validateSubmission, type ReportSubmission } from './validateSubmission.ts'
import { verifierFor } from './verifier.ts'

export type SubmitReportResult = { trackingCode: string; verifier: string; report: PublicReport }

type Deps = {
  payload: Payload
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

/** Payload reports a unique index violation as a ValidationError naming the field. */
function violatesUniqueTrackingCode(error: unknown): boolean {
  if (!(error instanceof Error) || error.name !== 'ValidationError') return false
  const errors = (error as { data?: { errors?: { path?: string | null }[] } }).data?.errors ?? []
  return errors.some((e) => e.path?.replace(/_/g, '').toLowerCase() === 'trackingcode')
}

/** The receiving unit; a place nobody serves is the citizen's to correct, so it is bad input. */
async function receivingUnit(payload: Payload, s: ReportSubmission): Promise<number> {
  try {
    return await routeReport(payload, s.type, s.locality)
  } catch (error) {
    if (!(error instanceof NoUnitForPlace)) throw error
    const message = 'Chưa có đơn vị công an tiếp nhận phản ánh tại địa bàn này.'
    throw badUserInput(message, [{ field: 'localityCode', message }])
  }
}

function reportData(
  keys: ReportKeys,
  s: ReportSubmission,
  unit: number,
  duplicates: number[],
  receivedAt: Date,
  trackingCode: string,
  idempotencyKey: string | null,
  fingerprint: string,
) {
  return {
    trackingCode,
    type: s.type,
    status: 'RECEIVED' as const,
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
    // An anonymous tip carries no identity at all, not even a hash of a phone.
    ...(s.reporter ? { reporter: s.reporter, reporterPhoneHash: hashPhone(keys, s.reporter.phone) } : {}),
    timeline: [{ status: 'RECEIVED' as const, at: receivedAt.toISOString() }],
    // Receipt time from the same clock as the deadline, so resolution times and periods agree.
    createdAt: receivedAt.toISOString(),
    idempotencyKey,
    requestFingerprint: fingerprint,
  }
}

/**
 * Validates and stores a citizen's report, acknowledging it only once the create has committed.
 * With an idempotency key, a retry (even one racing the first request) gets the first result and
 * stores nothing: the unique index on the key decides which request wins, the others read its row.
 */
export async function submitReport(
  { payload, keys, logger, attachmentLimits, now }: Deps,
  input: SubmitReportInput,
  rawIdempotencyKey?: string | null,
): Promise<SubmitReportResult> {
  const { submission, idempotencyKey } = await validateSubmission(
    payload,
    input,
    rawIdempotencyKey,
    attachmentLimits,
    now(),
  )
  const fingerprint = requestFingerprint(keys, submission)

  if (idempotencyKey) {
    const earlier = await findByIdempotencyKey(payload, idempotencyKey)
    if (earlier) return replay(keys, earlier, fingerprint)
  }
  await ensureAttachmentsUnclaimed(payload, submission.attachments)
  const [unit, duplicates] = await Promise.all([
    receivingUnit(payload, submission),
    possibleDuplicates(payload, submission, now()),
  ])

  for (let attempt = 1; ; attempt++) {
    const trackingCode = generateTrackingCode(submission.type)
    const receivedAt = now()
    try {
      // The clock goes to the hooks too: the deadline and the outbox event use the same "now".
      const created = await payload.create({
        collection: 'reports',
        data: reportData(keys, submission, unit, duplicates, receivedAt, trackingCode, idempotencyKey, fingerprint),
        context: { now: receivedAt },
        depth: 0,
      })
      logger.info({ trackingCode, type: created.type, localityCode: created.localityCode }, 'report received')
      return acknowledge(keys, created)
    } catch (error) {
      if (idempotencyKey) {
        // A concurrent request with the same key committed first: answer with its report.
        const earlier = await findByIdempotencyKey(payload, idempotencyKey)
        if (earlier) return replay(keys, earlier, fingerprint)
      }
      if (violatesUniqueTrackingCode(error) && attempt < MAX_TRACKING_CODE_ATTEMPTS) continue
      throw error
    }
  }
}
