import type { Where } from 'payload'

/** Questions without a locality form the national bank every editor builds quizzes from. */
export const NATIONAL_QUESTION: Where = { provinceCode: { exists: false } }

/**
 * The questions a quiz of this province (national when none) may use: the national bank, plus the
 * province's own for a provincial quiz, so no province's questions reach another's contest.
 */
export function questionBankOf(provinceCode: string | null | undefined): Where {
  return provinceCode ? { or: [NATIONAL_QUESTION, { provinceCode: { equals: provinceCode } }] } : NATIONAL_QUESTION
}

/** What a quiz draws from when its editor chose no set of questions: its laws' questions in its bank. */
export function questionBankWhere(quiz: { laws: readonly string[]; provinceCode?: string | null }): Where {
  return { and: [{ law: { in: [...quiz.laws] } }, questionBankOf(quiz.provinceCode)] }
}
