import { OPTION_COUNT, QUESTION_DIFFICULTIES, QUIZ_LAWS, type QuizLaw } from '@caunoi/cms'
import type { SheetRow } from './readQuestionRows.ts'

/** The columns of a question bank file, as editors fill them in (see the README). */
export const QUESTION_COLUMNS = [
  'code',
  'law',
  'topic',
  'difficulty',
  'text',
  'option_a',
  'option_b',
  'option_c',
  'option_d',
  'option_e',
  'option_f',
  'correct',
  'explanation',
  'image',
] as const

const OPTION_COLUMNS = QUESTION_COLUMNS.filter((c) => c.startsWith('option_'))
const LETTERS = 'ABCDEF'

export type ImportedQuestion = {
  code: string
  law: QuizLaw
  topic: string | null
  difficulty: 'EASY' | 'MEDIUM' | 'HARD'
  text: string
  options: { text: string; correct: boolean }[]
  explanation: string
}

/** `imageFile` names an image already uploaded to the media library; the import links it by name. */
export type ParsedRow = {
  row: number
  code: string
  question: ImportedQuestion | null
  imageFile: string | null
  problems: string[]
}

const LAW_VALUES = new Set<string>(QUIZ_LAWS.map((l) => l.value))

/** Accepts the code ("MEDIUM") or the Vietnamese label ("Trung bình") an editor sees in the admin. */
function difficultyOf(value: string): ImportedQuestion['difficulty'] | null {
  if (!value) return 'MEDIUM'
  const match = QUESTION_DIFFICULTIES.find(
    (d) => d.value === value.toUpperCase() || d.label.toLowerCase() === value.toLowerCase(),
  )
  return match?.value ?? null
}

/** Checks one row and says everything wrong with it, in Vietnamese, so the editor fixes the file once. */
export function parseQuestionRow({ row, cells }: SheetRow): ParsedRow {
  const problems: string[] = []
  const code = (cells.code ?? '').toUpperCase()
  if (!/^[A-Z0-9][A-Z0-9._-]{1,39}$/.test(code))
    problems.push('Mã câu hỏi (code) trống hoặc không hợp lệ: chỉ gồm chữ in hoa, chữ số, ".", "_", "-".')

  const law = (cells.law ?? '').toUpperCase()
  if (!LAW_VALUES.has(law))
    problems.push(`Văn bản (law) "${cells.law ?? ''}" không thuộc danh mục: ${[...LAW_VALUES].join(', ')}.`)

  const difficulty = difficultyOf(cells.difficulty ?? '')
  if (!difficulty) problems.push(`Mức độ (difficulty) "${cells.difficulty}" phải là EASY, MEDIUM hoặc HARD.`)

  const text = cells.text ?? ''
  if (!text) problems.push('Thiếu nội dung câu hỏi (text).')
  else if (text.length > 1000) problems.push('Nội dung câu hỏi dài quá 1000 ký tự.')

  const optionTexts = OPTION_COLUMNS.map((column) => cells[column] ?? '')
  const lastFilled = optionTexts.findLastIndex(Boolean)
  const options = optionTexts.slice(0, lastFilled + 1)
  if (options.some((o) => !o)) problems.push('Các phương án phải điền liên tiếp từ option_a, không bỏ trống ở giữa.')
  if (options.length < OPTION_COUNT.min) problems.push(`Cần ít nhất ${OPTION_COUNT.min} phương án trả lời.`)
  if (options.some((o) => o.length > 500)) problems.push('Mỗi phương án tối đa 500 ký tự.')

  // "A", "a; c", "1,3": letters or 1-based numbers, separated by commas, semicolons or spaces.
  const correctTokens = (cells.correct ?? '').split(/[\s,;]+/).filter(Boolean)
  const correctIndexes = new Set<number>()
  for (const token of correctTokens) {
    const index = /^\d$/.test(token)
      ? Number(token) - 1
      : /^[a-f]$/i.test(token)
        ? LETTERS.indexOf(token.toUpperCase())
        : null
    if (index === null) problems.push(`Đáp án đúng "${token}" không đọc được (ví dụ: "A" hoặc "A,C").`)
    else if (index < 0 || index >= options.length) problems.push(`Đáp án đúng "${token}" không trỏ tới phương án nào.`)
    else correctIndexes.add(index)
  }
  if (correctTokens.length === 0) problems.push('Thiếu đáp án đúng (correct), ví dụ "A" hoặc "A,C".')

  const explanation = cells.explanation ?? ''
  if (!explanation) problems.push('Thiếu giải thích kèm căn cứ pháp lý (explanation).')
  else if (explanation.length > 2000) problems.push('Giải thích tối đa 2000 ký tự.')

  const imageFile = cells.image || null
  if (problems.length > 0 || !difficulty) return { row, code, question: null, imageFile, problems }
  return {
    row,
    code,
    imageFile,
    problems,
    question: {
      code,
      law: law as QuizLaw,
      topic: cells.topic || null,
      difficulty,
      text,
      options: options.map((option, index) => ({ text: option, correct: correctIndexes.has(index) })),
      explanation,
    },
  }
}
