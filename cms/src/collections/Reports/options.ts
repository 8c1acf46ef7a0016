export const REPORT_TYPES = [
  { value: 'ADMIN_FEEDBACK', label: 'Phản ánh, kiến nghị về quy định hành chính' },
  { value: 'CRIME_TIP', label: 'Tin báo, tố giác tội phạm' },
  { value: 'TRAFFIC_VIOLATION', label: 'Vi phạm trật tự, an toàn giao thông' },
  { value: 'PUBLIC_ORDER', label: 'An ninh, trật tự công cộng' },
] as const
export type ReportType = (typeof REPORT_TYPES)[number]['value']

export const REPORT_STATUSES = [
  { value: 'RECEIVED', label: 'Đã tiếp nhận' },
  { value: 'ACCEPTED', label: 'Đã thụ lý' },
  { value: 'REJECTED', label: 'Không thụ lý' },
  { value: 'ASSIGNED', label: 'Đã phân công' },
  { value: 'IN_PROGRESS', label: 'Đang xử lý' },
  { value: 'ANSWERED', label: 'Đã trả lời' },
  { value: 'CLOSED', label: 'Đã đóng' },
] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]['value']

/** Statuses that count as resolved in statistics. */
export const RESOLVED_STATUSES: ReportStatus[] = ['ANSWERED', 'CLOSED']
