import type { Where } from 'payload'

/** Questions without a locality form the national bank every editor builds quizzes from. */
export const NATIONAL_QUESTION: Where = { provinceCode: { exists: false } }

/**
 * The questions a quiz draws from when its editor chose no set: those of its laws in the national
 * bank, plus its province's own for a provincial quiz, so no province's questions reach another's.
 */
export function questionBankWhere(quiz: { laws: readonly string[]; provinceCode?: string | null }): Where {
  const bank: Where = quiz.provinceCode
    ? { or: [NATIONAL_QUESTION, { provinceCode: { equals: quiz.provinceCode } }] }
    : NATIONAL_QUESTION
  return { and: [{ law: { in: [...quiz.laws] } }, bank] }
}
