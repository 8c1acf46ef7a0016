export const RATING_KINDS = [
  { value: 'DOSSIER', label: 'Đánh giá hồ sơ' },
  { value: 'VISIT', label: 'Đánh giá lượt giao dịch (ẩn danh)' },
] as const
export type RatingKind = (typeof RATING_KINDS)[number]['value']

/** The four criteria of the satisfaction survey, each scored 1–5 like the overall score. */
export const RATING_CRITERIA = [
  { name: 'attitude', label: 'Thái độ phục vụ' },
  { name: 'timeliness', label: 'Thời gian giải quyết' },
  { name: 'guidance', label: 'Hướng dẫn rõ ràng' },
  { name: 'transparency', label: 'Công khai minh bạch' },
] as const
export type RatingCriterion = (typeof RATING_CRITERIA)[number]['name']

export const MIN_SCORE = 1
export const MAX_SCORE = 5
/** "Hài lòng" (4) and "rất hài lòng" (5) count as satisfied in the published rate. */
export const SATISFIED_MIN_SCORE = 4
/** A citizen may change their rating of a dossier for this long after first giving it. */
export const RATING_EDIT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000
