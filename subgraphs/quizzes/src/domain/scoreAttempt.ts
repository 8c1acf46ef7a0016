import type { DrawnQuestion } from './drawQuestions.ts'

export type MarkedQuestion = { id: number; options: { id: string; correct: boolean }[] }

export type MarkedAnswer = {
  questionId: number
  chosenOptionIds: string[]
  correctOptionIds: string[]
  correct: boolean
}

export type AttemptScore = { score: number; maxScore: number; passed: boolean; answers: MarkedAnswer[] }

/**
 * Marks each drawn question: right only when the chosen options are exactly the correct ones (all of
 * them, and no other), so guessing every option of a multi-answer question earns nothing.
 */
export function scoreAttempt(
  drawn: readonly DrawnQuestion[],
  chosen: ReadonlyMap<number, readonly string[]>,
  questions: ReadonlyMap<number, MarkedQuestion>,
  passPercent: number,
): AttemptScore {
  const answers = drawn.map(({ questionId, optionIds }) => {
    const question = questions.get(questionId)
    const correctIds = new Set((question?.options ?? []).filter((o) => o.correct).map((o) => o.id))
    const picked = [...new Set(chosen.get(questionId) ?? [])]
    const correct = correctIds.size > 0 && picked.length === correctIds.size && picked.every((id) => correctIds.has(id))
    // Correct ids in the attempt's own option order, as the participant saw them.
    const correctOptionIds = optionIds.filter((id) => correctIds.has(id))
    return { questionId, chosenOptionIds: picked, correctOptionIds, correct }
  })
  const score = answers.filter((a) => a.correct).length
  const maxScore = drawn.length
  return { score, maxScore, passed: maxScore > 0 && score * 100 >= passPercent * maxScore, answers }
}
