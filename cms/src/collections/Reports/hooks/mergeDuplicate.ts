import { ValidationError, type CollectionAfterChangeHook, type PayloadRequest } from 'payload'
import { relationId } from '../../../domain/relationId.ts'
import { nowFrom } from '../../../hooks/clock.ts'
import type { Report } from '../../../payload-types.ts'
import { withoutViewLog } from './protectPersonalData.ts'

/** Concluded reports: nothing left to merge. */
const CONCLUDED = ['CLOSED', 'REJECTED']

/** What the target of a merge learns in its own timeline, keyed by its id (the request context is shared). */
export type MergedDuplicateNote = { reportId: number; note: string }
const NOTE_KEY = 'mergedDuplicateNote'

export const MERGED_INTO_TARGET_NOTE = 'Đã gộp một phản ánh trùng nội dung vào phản ánh này.'
export const mergedIntoNote = (trackingCode: string) =>
  `Đã gộp vào phản ánh ${trackingCode} do trùng nội dung; kết quả xử lý được trả lời tại phản ánh đó.`

function refuse(message: string, req: PayloadRequest): never {
  throw new ValidationError({ collection: 'reports', errors: [{ path: 'mergedInto', message }], req })
}

/** Whether this update asks to merge the report into another one. */
export function isMergeRequest(data: Partial<Report>, before: Report): boolean {
  return data.mergedInto !== undefined && relationId(data.mergedInto) !== relationId(before.mergedInto)
}

/**
 * Marks a report as a duplicate of another (gộp phản ánh trùng): it is closed with a public timeline
 * entry naming the report that carries on. The target must be one the officer may process, not
 * itself merged, and on the same side of the crime-tip line: a tip is never linked to a report whose
 * sender would read its code, nor a tipster's tip to a public one.
 */
export async function mergeDuplicate(data: Partial<Report>, before: Report, req: PayloadRequest, now: Date) {
  if (relationId(before.mergedInto) !== null) refuse('Phản ánh này đã được gộp vào phản ánh khác.', req)
  const targetId = relationId(data.mergedInto)
  if (targetId === null) refuse('Vui lòng chọn phản ánh cần gộp vào.', req)
  if (targetId === before.id) refuse('Không thể gộp phản ánh vào chính nó.', req)
  if (CONCLUDED.includes(before.status)) refuse('Phản ánh đã kết thúc xử lý, không thể gộp.', req)

  // With the officer's own rights: a report outside their units' queues is as good as unknown.
  const { docs } = await withoutViewLog(req, () =>
    req.payload.find({
      collection: 'reports',
      where: { id: { equals: targetId } },
      select: { trackingCode: true, type: true, status: true, mergedInto: true },
      user: req.user,
      overrideAccess: !req.user,
      req,
      limit: 1,
      depth: 0,
    }),
  )
  const target = docs[0]
  if (!target) refuse('Không tìm thấy phản ánh cần gộp vào trong phạm vi đơn vị của bạn.', req)
  if (relationId(target.mergedInto) !== null) {
    refuse(`Phản ánh ${target.trackingCode} đã được gộp vào phản ánh khác; vui lòng gộp vào phản ánh gốc.`, req)
  }
  if ((before.type === 'CRIME_TIP') !== (target.type === 'CRIME_TIP')) {
    refuse('Chỉ gộp tin báo tội phạm với tin báo tội phạm, phản ánh khác với phản ánh khác.', req)
  }

  data.mergedInto = targetId
  data.status = 'CLOSED'
  data.resolvedAt = now.toISOString()
  data.timeline = [
    ...(before.timeline ?? []),
    {
      status: 'CLOSED',
      at: now.toISOString(),
      note: mergedIntoNote(target.trackingCode),
      actor: (req.user?.id as number | undefined) ?? null,
    },
  ]
  return data
}

/** The note a merge left for this report, if this update is the one that delivers it. */
export function mergedDuplicateNoteFor(req: PayloadRequest, reportId: number): string | null {
  const pending = req.context[NOTE_KEY] as MergedDuplicateNote | undefined
  return pending?.reportId === reportId ? pending.note : null
}

/** After a merge, in the same transaction: the surviving report's timeline says it absorbed a duplicate. */
export const noteMergeOnTarget: CollectionAfterChangeHook<Report> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (operation !== 'update') return doc
  const targetId = relationId(doc.mergedInto)
  if (targetId === null || targetId === relationId(previousDoc?.mergedInto)) return doc
  const shared = req.context
  shared[NOTE_KEY] = { reportId: targetId, note: MERGED_INTO_TARGET_NOTE } satisfies MergedDuplicateNote
  try {
    await withoutViewLog(req, () =>
      req.payload.update({
        collection: 'reports',
        id: targetId,
        data: {},
        req,
        overrideAccess: true,
        context: { now: nowFrom(context) },
        select: { trackingCode: true },
        depth: 0,
      }),
    )
  } finally {
    // Payload gives the nested call a merged copy of req.context: clear both.
    delete shared[NOTE_KEY]
    delete req.context[NOTE_KEY]
  }
  return doc
}
