import type { ReportStatus } from './options.ts'

/**
 * The processing steps a report may take (quy trình xử lý). A concluded report (answered, closed,
 * rejected) is reopened only on a justified complaint, with its reason.
 */
export const TRANSITIONS: Record<ReportStatus, readonly ReportStatus[]> = {
  RECEIVED: ['ACCEPTED', 'REJECTED'],
  ACCEPTED: ['ASSIGNED', 'REJECTED'],
  ASSIGNED: ['IN_PROGRESS'],
  IN_PROGRESS: ['ANSWERED'],
  ANSWERED: ['CLOSED', 'IN_PROGRESS'],
  CLOSED: ['IN_PROGRESS'],
  REJECTED: ['ACCEPTED'],
}

/** Moves that reopen a concluded report and therefore need a complaint. */
export const isReopening = (from: ReportStatus, to: ReportStatus) =>
  (from === 'ANSWERED' || from === 'CLOSED' || from === 'REJECTED') && (to === 'IN_PROGRESS' || to === 'ACCEPTED')

export const canTransition = (from: ReportStatus, to: ReportStatus) => TRANSITIONS[from].includes(to)

/** The public note of each step: what the citizen reads on the tracking page. */
export const PUBLIC_STEP_NOTES: Record<ReportStatus, string> = {
  RECEIVED: 'Đã tiếp nhận phản ánh.',
  ACCEPTED: 'Đơn vị đã thụ lý phản ánh.',
  REJECTED: 'Không thụ lý',
  ASSIGNED: 'Đã phân công cán bộ xử lý.',
  IN_PROGRESS: 'Đang xác minh, xử lý.',
  ANSWERED: 'Đã có kết quả trả lời.',
  CLOSED: 'Đã kết thúc xử lý.',
}

export const REOPENED_NOTE = 'Mở lại để xem xét khiếu nại.'
