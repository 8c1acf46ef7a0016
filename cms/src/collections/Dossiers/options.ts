/** Steps of a dossier (hồ sơ) as the one-stop-shop systems report them, in processing order. */
export const DOSSIER_STATUSES = [
  { value: 'RECEIVED', label: 'Đã tiếp nhận' },
  { value: 'IN_REVIEW', label: 'Đang thẩm định' },
  { value: 'SUPPLEMENT_REQUESTED', label: 'Yêu cầu bổ sung' },
  { value: 'APPROVED', label: 'Đã phê duyệt' },
  { value: 'REFUSED', label: 'Từ chối giải quyết' },
  { value: 'RESULT_READY', label: 'Đã có kết quả' },
  { value: 'RETURNED', label: 'Đã trả kết quả' },
] as const
export type DossierStatus = (typeof DOSSIER_STATUSES)[number]['value']

/** Statuses after which the dossier is settled: its processing time stops running. */
export const SETTLED_DOSSIER_STATUSES: readonly DossierStatus[] = ['REFUSED', 'RESULT_READY', 'RETURNED']

export const RESULT_DELIVERY_METHODS = [
  { value: 'COUNTER', label: 'Nhận tại bộ phận một cửa' },
  { value: 'POST', label: 'Qua dịch vụ bưu chính' },
  { value: 'ELECTRONIC', label: 'Bản điện tử' },
] as const
export type ResultDeliveryMethod = (typeof RESULT_DELIVERY_METHODS)[number]['value']
