import { relationId } from './docId.ts'
import type { DrawnQuestion } from './drawQuestions.ts'
import type { PublicQuiz } from './publicQuiz.ts'

/** An attempt as its participant sees it: drawn questions by id, answers resolved on the server only. */
export type PublicAttempt = {
  attemptId: string
  quiz: PublicQuiz
  number: number
  startedAt: string
  deadline: string
  drawn: DrawnQuestion[]
}

/**
 * A drawn question for the client: the text and this attempt's option order, nothing about
 * correctness. The image is resolved from the media library only when asked for.
 */
export type AttemptQuestionView = {
  id: string
  text: string
  imageId: number | null
  multipleAnswers: boolean
  options: { id: string; text: string }[]
}

type BankQuestion = {
  id: number
  text: string
  image?: number | { id: number } | null
  options?: { id?: string | null; text: string; correct?: boolean | null }[] | null
}

/** Builds the client's view field by field, so no stored property (such as `correct`) can slip through. */
export function toAttemptQuestion(drawn: DrawnQuestion, question: BankQuestion): AttemptQuestionView {
  const options = new Map((question.options ?? []).map((option) => [option.id, option]))
  return {
    id: String(question.id),
    text: question.text,
    imageId: relationId(question.image),
    multipleAnswers: (question.options ?? []).filter((option) => option.correct).length > 1,
    options: drawn.optionIds.flatMap((id) => {
      const option = options.get(id)
      return option ? [{ id, text: option.text }] : []
    }),
  }
}
