/** The laws citizens are quizzed on; a question belongs to one, a quiz draws from one or several. */
export const QUIZ_LAWS = [
  { value: 'ND_168_2024', label: 'Nghị định 168/2024/NĐ-CP (xử phạt vi phạm giao thông đường bộ)' },
  { value: 'LUAT_TTATGTDB_2024', label: 'Luật Trật tự, an toàn giao thông đường bộ 2024' },
  { value: 'LUAT_AN_NINH_MANG_2018', label: 'Luật An ninh mạng 2018' },
  { value: 'LUAT_CAN_CUOC_2023', label: 'Luật Căn cước 2023' },
  { value: 'KHAC', label: 'Văn bản khác' },
] as const
export type QuizLaw = (typeof QUIZ_LAWS)[number]['value']

export const QUESTION_DIFFICULTIES = [
  { value: 'EASY', label: 'Dễ' },
  { value: 'MEDIUM', label: 'Trung bình' },
  { value: 'HARD', label: 'Khó' },
] as const

/** A question offers 2 to 6 options, at least one of them correct. */
export const OPTION_COUNT = { min: 2, max: 6 } as const
