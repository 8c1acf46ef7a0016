import { forbidden, notFound } from '@caunoi/platform'
import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { editorScopeOf, keysInScope } from '../access/editorScope.ts'
import { imageOf, type ImageView } from '../domain/imageOf.ts'
import { relationId } from '../domain/relationId.ts'
import type { Question } from '../payload-types.ts'
import { questionBankWhere } from './questionBank.ts'

/** A bank drawn by law can be large; the preview lists its first questions and says how many there are. */
export const MAX_PREVIEW_QUESTIONS = 200

export type QuizPreviewQuestion = {
  id: number
  code: string
  text: string
  law: string
  difficulty: string
  explanation: string
  image: ImageView | null
  multipleAnswers: boolean
  options: { id: string; text: string; correct: boolean }[]
}

export type QuizPreview = {
  quiz: {
    id: number
    title: string
    status: 'draft' | 'published'
    laws: string[]
    description: string | null
    locality: { code: string; name: string } | null
    opensAt: string
    closesAt: string
    timeLimitSeconds: number
    questionCount: number
    passPercent: number
    maxAttempts: number
    cover: ImageView | null
  }
  /** The questions attempts draw from (the first MAX_PREVIEW_QUESTIONS), with their correct answers. */
  questions: QuizPreviewQuestion[]
  /** How many questions attempts draw from, which may exceed those listed. */
  poolSize: number
}

function previewQuestion(question: Question): QuizPreviewQuestion {
  const options = (question.options ?? []).map((o) => ({ id: o.id ?? '', text: o.text, correct: o.correct === true }))
  return {
    id: question.id,
    code: question.code,
    text: question.text,
    law: question.law,
    difficulty: question.difficulty,
    explanation: question.explanation,
    image: imageOf(question.image),
    multipleAnswers: options.filter((o) => o.correct).length > 1,
    options,
  }
}

/**
 * The latest version of a quiz (draft or published) as participants will take it, with every
 * question's correct answers, for an editor to check before publishing. Answers are secret until
 * an attempt is submitted, so only editors whose scope holds the quiz may see them: anyone else,
 * signed in or not, is FORBIDDEN even when the quiz is published; an unknown quiz is NOT_FOUND.
 */
export async function quizPreview(
  payload: Payload,
  quizId: number | string,
  user: TypedUser | null | undefined,
): Promise<QuizPreview> {
  if (!user || user.collection !== 'users') throw forbidden('Vui lòng đăng nhập trang quản trị để xem trước cuộc thi.')
  const id = relationId(quizId)
  const quiz =
    id === null
      ? null
      : await payload.findByID({ collection: 'quizzes', id, draft: true, depth: 1, disableErrors: true })
  if (!quiz) throw notFound(`Không tìm thấy cuộc thi "${quizId}".`)

  const req = await createLocalReq({ user }, payload)
  if (!keysInScope(await editorScopeOf(req), { provinceCode: quiz.provinceCode, unit: quiz.unit })) {
    throw forbidden('Bạn chỉ được xem trước cuộc thi thuộc địa bàn, đơn vị mình phụ trách.')
  }

  const chosen = (quiz.questions ?? []).map(relationId).filter((q): q is number => q !== null)
  const bank = await payload.find({
    collection: 'questions',
    where: chosen.length > 0 ? { id: { in: chosen } } : questionBankWhere(quiz),
    sort: 'code',
    limit: MAX_PREVIEW_QUESTIONS,
    depth: 1,
  })
  const locality = typeof quiz.locality === 'object' && quiz.locality ? quiz.locality : null
  return {
    quiz: {
      id: quiz.id,
      title: quiz.title,
      status: quiz._status === 'published' ? 'published' : 'draft',
      laws: [...quiz.laws],
      description: quiz.description ?? null,
      locality: locality ? { code: locality.code, name: locality.name } : null,
      opensAt: quiz.opensAt,
      closesAt: quiz.closesAt,
      timeLimitSeconds: quiz.timeLimitSeconds,
      questionCount: quiz.questionCount,
      passPercent: quiz.passPercent,
      maxAttempts: quiz.maxAttempts,
      cover: imageOf(typeof quiz.cover === 'object' ? quiz.cover : null),
    },
    questions: bank.docs.map(previewQuestion),
    poolSize: bank.totalDocs,
  }
}
