import { ValidationError, type CollectionBeforeChangeHook, type PayloadRequest } from 'payload'
import { unitSubtree } from '../../../domain/unitSubtree.ts'
import { readDeadlineDays, reportDueAt } from '../deadline.ts'
import { nowFrom } from '../../../hooks/clock.ts'
import type { Report } from '../../../payload-types.ts'
import { REPORT_STATUSES, type ReportStatus, type ReportType } from '../options.ts'
import { canTransition, isReopening, PUBLIC_STEP_NOTES, REOPENED_NOTE } from '../workflow.ts'
import { relationId } from '../../../domain/relationId.ts'
import { isMergeRequest, mergeDuplicate, mergedDuplicateNoteFor } from './mergeDuplicate.ts'

const label = (status: ReportStatus) => REPORT_STATUSES.find((s) => s.value === status)?.label ?? status
const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)

function refuse(path: string, message: string, req: PayloadRequest): never {
  throw new ValidationError({ collection: 'reports', errors: [{ path, message }], req })
}

/** An assignee must be an officer of the handling unit or a unit under it. */
async function checkAssignee(req: PayloadRequest, assigneeId: number, reportUnit: number | null) {
  const assignee = await req.payload.findByID({ collection: 'users', id: assigneeId, depth: 0, req }).catch(() => null)
  const units = reportUnit === null ? [] : await unitSubtree(req.payload, reportUnit)
  const assigneeUnit = relationId(assignee?.unit)
  if (!assignee || assignee.role !== 'officer' || assigneeUnit === null || !units.includes(assigneeUnit)) {
    refuse('assignee', 'Chỉ phân công cho cán bộ của đơn vị đang xử lý phản ánh.', req)
  }
}

/**
 * The processing workflow, enforced for the admin and the Local API alike: a new report gets its
 * deadline; a change of status must be an allowed step with what that step needs (a reason, an
 * officer, an answer, a complaint), and appends one timeline entry saying who and when.
 */
export const applyWorkflow: CollectionBeforeChangeHook<Report> = async ({
  data,
  originalDoc,
  operation,
  req,
  context,
}) => {
  const now = nowFrom(context)
  if (operation === 'create') {
    const receivedAt = data.timeline?.[0]?.at ? new Date(data.timeline[0].at) : now
    data.dueAt = reportDueAt(await readDeadlineDays(req.payload, req), data.type as ReportType, receivedAt)
    return data
  }
  const before = originalDoc as Report
  const from = before.status
  const to = (data.status ?? from) as ReportStatus
  const assignee = data.assignee === undefined ? relationId(before.assignee) : relationId(data.assignee)
  const reassigned = assignee !== relationId(before.assignee)
  // The timeline is rebuilt from the stored one: nothing in an update can rewrite past entries.
  data.timeline = before.timeline ?? []
  if (isMergeRequest(data, before)) return mergeDuplicate(data, before, req, now)
  if (from === to && !reassigned) {
    const mergeNote = mergedDuplicateNoteFor(req, before.id)
    if (mergeNote) data.timeline = [...data.timeline, { status: from, at: now.toISOString(), note: mergeNote }]
    return data
  }

  if (from !== to && !canTransition(from, to)) {
    refuse('status', `Không thể chuyển phản ánh từ "${label(from)}" sang "${label(to)}".`, req)
  }
  if (reassigned && !(to === 'ASSIGNED' || (from === to && to === 'IN_PROGRESS'))) {
    refuse('assignee', 'Chỉ phân công cán bộ khi phản ánh đã được thụ lý.', req)
  }
  let note = PUBLIC_STEP_NOTES[to]
  if (isReopening(from, to)) {
    const complaint = text(data.complaint)
    if (!complaint || complaint === text(before.complaint)) {
      refuse('complaint', 'Chỉ mở lại phản ánh khi có khiếu nại; vui lòng nhập nội dung khiếu nại.', req)
    }
    note = REOPENED_NOTE
    data.resolvedAt = null
  }
  if (to === 'REJECTED') {
    const reason = text(data.rejectionReason)
    if (!reason) refuse('rejectionReason', 'Vui lòng nêu lý do không thụ lý.', req)
    note = `${PUBLIC_STEP_NOTES.REJECTED}: ${reason}`
    data.resolvedAt = now.toISOString()
  }
  if (to === 'ASSIGNED' || reassigned) {
    if (assignee === null) refuse('assignee', 'Vui lòng chọn cán bộ xử lý.', req)
    await checkAssignee(req, assignee, relationId(before.unit))
    if (from === to) note = 'Đã phân công lại cán bộ xử lý.'
  }
  if (to === 'ANSWERED') {
    if (!text(data.answer ?? before.answer)) refuse('answer', 'Vui lòng nhập nội dung trả lời.', req)
    data.answeredAt = now.toISOString()
    data.resolvedAt = now.toISOString()
  }
  data.timeline = [
    ...data.timeline,
    { status: to, at: now.toISOString(), note, actor: (req.user?.id as number | undefined) ?? null },
  ]
  return data
}
