export const ATTEMPT_STATUSES = [
  { value: 'IN_PROGRESS', label: 'Đang làm bài' },
  { value: 'SUBMITTED', label: 'Đã nộp bài' },
] as const
export type AttemptStatus = (typeof ATTEMPT_STATUSES)[number]['value']
