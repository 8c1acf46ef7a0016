import { badUserInput, type FieldProblem } from '@caunoi/platform'
import type { Payload, Where } from 'payload'
import type { AttachmentLimits } from './attachmentLimits.ts'

type ReportType = 'ADMIN_FEEDBACK' | 'CRIME_TIP' | 'TRAFFIC_VIOLATION' | 'PUBLIC_ORDER'

/** Attachment ids as uploaded: each a token from POST /attachments, normalised to upper case. */
export type AttachmentRefs = { tokens: string[]; docIds: number[] }

/**
 * Resolves the attachment ids of a submission to stored uploads. An id that was never uploaded
 * is refused; a traffic violation needs at least one.
 */
export async function attachmentsForSubmission(
  payload: Payload,
  rawIds: readonly string[] | null | undefined,
  type: ReportType,
  limits: AttachmentLimits,
  problems: FieldProblem[],
): Promise<AttachmentRefs> {
  const tokens = [...new Set((rawIds ?? []).map((id) => id.trim().toUpperCase()).filter(Boolean))].sort()
  if (type === 'TRAFFIC_VIOLATION' && tokens.length === 0) {
    problems.push({ field: 'attachmentIds', message: 'Vui lòng gửi kèm ít nhất một ảnh hoặc video về vi phạm.' })
  }
  if (tokens.length === 0) return { tokens, docIds: [] }
  if (tokens.length > limits.maxFiles) {
    problems.push({ field: 'attachmentIds', message: `Mỗi phản ánh kèm tối đa ${limits.maxFiles} tệp.` })
    return { tokens, docIds: [] }
  }

  const { docs } = await payload.find({
    collection: 'reportAttachments',
    where: { token: { in: tokens } },
    select: { token: true },
    pagination: false,
    depth: 0,
  })
  const found = new Map(docs.map((doc) => [doc.token, doc.id]))
  const missing = tokens.filter((token) => !found.has(token))
  if (missing.length > 0) {
    problems.push({ field: 'attachmentIds', message: `Không tìm thấy tệp đính kèm: ${missing.join(', ')}.` })
    return { tokens, docIds: [] }
  }

  return { tokens, docIds: tokens.map((token) => found.get(token)!) }
}

/**
 * One upload belongs to one report. A report sent with the same idempotency key is the same
 * report (a retry, answered with the first result), so its uploads are not claimed by another.
 */
export async function ensureAttachmentsUnclaimed(
  payload: Payload,
  refs: AttachmentRefs,
  idempotencyKey: string | null,
): Promise<void> {
  if (refs.docIds.length === 0) return
  const otherReport: Where[] = idempotencyKey
    ? [{ or: [{ idempotencyKey: { not_equals: idempotencyKey } }, { idempotencyKey: { exists: false } }] }]
    : []
  const claimed = await payload.count({
    collection: 'reports',
    where: { and: [{ attachments: { in: refs.docIds } }, ...otherReport] },
  })
  if (claimed.totalDocs > 0) {
    const message = 'Tệp đính kèm đã được dùng cho một phản ánh khác.'
    throw badUserInput(message, [{ field: 'attachmentIds', message }])
  }
}
