import { OPTION_COUNT } from './laws.ts'

type OptionRow = { text?: string | null; correct?: boolean | null }

/** Payload counts rows itself (minRows/maxRows); the rule that a question has an answer lives here. */
export function validateOptions(value: unknown): true | string {
  const rows = Array.isArray(value) ? (value as OptionRow[]) : []
  if (rows.length < OPTION_COUNT.min || rows.length > OPTION_COUNT.max)
    return `Câu hỏi phải có từ ${OPTION_COUNT.min} đến ${OPTION_COUNT.max} phương án.`
  if (!rows.some((row) => row.correct === true)) return 'Câu hỏi phải có ít nhất một phương án đúng.'
  return true
}
