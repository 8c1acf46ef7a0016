import type { QuizAttempt } from '@caunoi/cms'
import { badUserInput, forbidden, notFound, type FieldProblem } from '@caunoi/platform'
import type { SubmitQuizAttemptInput } from '../__generated__/resolvers-types.ts'
import type { QuizzesContext } from '../context.ts'
import { relationId } from './docId.ts'
import type { DrawnQuestion } from './drawQuestions.ts'
import type { PublicAttempt } from './publicAttempt.ts'
import { PUBLIC_QUIZ_SELECT, type PublicQuiz } from './publicQuiz.ts'
import { scoreAttempt, type MarkedAnswer, type MarkedQuestion } from './scoreAttempt.ts'
import { isNewBest, otherSubmittedAttempts, unmarkFormerBest } from './bestAttempt.ts'

/** Answers sent a moment after the deadline were usually tapped in time: allow for the network. */
export const SUBMISSION_GRACE_MS = 3_000

export type QuestionReview = MarkedAnswer & { text: string; explanation: string }

export type SubmittedAttempt = {
  attempt: PublicAttempt
  score: number
  maxScore: number
  passed: boolean
  durationMs: number
  review: QuestionReview[]
}

async function findAttempt(ctx: QuizzesContext, attemptId: string) {
  const { docs } = await ctx.payload.find({
    collection: 'quizAttempts',
    where: { attemptId: { equals: attemptId } },
    limit: 1,
    pagination: false,
    depth: 0,
  })
  return docs[0] ?? null
}

/** Every answer must name a drawn question once, with options of that question: checked before scoring. */
function chosenOptions(drawn: DrawnQuestion[], input: SubmitQuizAttemptInput): Map<number, string[]> {
  const problems: FieldProblem[] = []
  const byQuestion = new Map(drawn.map((d) => [String(d.questionId), d]))
  const chosen = new Map<number, string[]>()
  input.answers.forEach((answer, index) => {
    const question = byQuestion.get(answer.questionId)
    if (!question) {
      problems.push({ field: `answers.${index}.questionId`, message: 'Câu hỏi không thuộc lượt thi này.' })
    } else if (chosen.has(question.questionId)) {
      problems.push({ field: `answers.${index}.questionId`, message: 'Mỗi câu hỏi chỉ được trả lời một lần.' })
    } else if (answer.optionIds.some((id) => !question.optionIds.includes(id))) {
      problems.push({ field: `answers.${index}.optionIds`, message: 'Phương án không thuộc câu hỏi này.' })
    } else {
      chosen.set(question.questionId, answer.optionIds)
    }
  })
  if (problems.length > 0)
    throw badUserInput('Bài làm chưa hợp lệ: ' + problems.map((p) => p.message).join(' '), problems)
  return chosen
}

/** Questions as marked by the server, with their explanations. */
async function markedQuestions(ctx: QuizzesContext, drawn: DrawnQuestion[]) {
  const questions = await ctx.loaders.questionById.loadMany(drawn.map((d) => d.questionId))
  const marked = new Map<number, MarkedQuestion & { text: string; explanation: string }>()
  for (const question of questions) {
    if (!question || question instanceof Error) continue
    marked.set(question.id, {
      id: question.id,
      text: question.text,
      explanation: question.explanation,
      options: (question.options ?? []).map((o) => ({ id: o.id ?? '', correct: o.correct === true })),
    })
  }
  return marked
}

async function quizOf(ctx: QuizzesContext, attempt: QuizAttempt): Promise<PublicQuiz> {
  // The attempt was started on a published quiz; it is still scored if the quiz was unpublished since.
  return (await ctx.payload.findByID({
    collection: 'quizzes',
    id: relationId(attempt.quiz)!,
    select: PUBLIC_QUIZ_SELECT,
    depth: 0,
  })) as PublicQuiz
}

/**
 * Scores an attempt on the server. One submission per attempt, before its deadline: the first one
 * is final. Only then are the correct answers and explanations returned.
 */
export async function submitAttempt(ctx: QuizzesContext, input: SubmitQuizAttemptInput): Promise<SubmittedAttempt> {
  return ctx.submissionLock(input.attemptId, async () => {
    const attempt = input.attemptId.trim() ? await findAttempt(ctx, input.attemptId.trim()) : null
    if (!attempt) throw notFound('Không tìm thấy lượt thi.')
    if (attempt.status === 'SUBMITTED') throw forbidden('Lượt thi này đã được nộp bài; mỗi lượt chỉ được nộp một lần.')
    const now = ctx.now()
    if (now.getTime() > new Date(attempt.deadline).getTime() + SUBMISSION_GRACE_MS) {
      throw forbidden('Đã hết thời gian làm bài; bài nộp sau thời hạn không được chấm.')
    }

    const drawn = attempt.drawn as DrawnQuestion[]
    const chosen = chosenOptions(drawn, input)
    const quiz = await quizOf(ctx, attempt)
    const questions = await markedQuestions(ctx, drawn)
    const result = scoreAttempt(drawn, chosen, questions, quiz.passPercent)
    const durationMs = Math.max(0, now.getTime() - new Date(attempt.startedAt).getTime())

    const quizId = relationId(attempt.quiz)!
    const participantId = relationId(attempt.participant)!
    // One participant's submissions are written one at a time, so exactly one attempt ends up best.
    await ctx.submissionLock(`participant:${quizId}:${participantId}`, async () => {
      const others = await otherSubmittedAttempts(ctx, quizId, participantId, attempt.id)
      const best = isNewBest({ id: attempt.id, score: result.score, durationMs }, others)
      await ctx.payload.update({
        collection: 'quizAttempts',
        id: attempt.id,
        data: {
          status: 'SUBMITTED',
          submittedAt: now.toISOString(),
          durationMs,
          score: result.score,
          passed: result.passed,
          answers: result.answers,
          best,
        },
        depth: 0,
      })
      if (!best) return
      await unmarkFormerBest(ctx, others)
      await ctx.leaderboard.record({
        quizId,
        participantId,
        localityCode: attempt.localityCode ?? null,
        provinceCode: attempt.provinceCode ?? null,
        score: result.score,
        maxScore: result.maxScore,
        durationMs,
      })
    })
    ctx.logger.info({ quizId: quiz.id, score: result.score, maxScore: result.maxScore }, 'quiz attempt submitted')

    return {
      attempt: {
        attemptId: attempt.attemptId,
        quiz,
        number: attempt.number,
        startedAt: attempt.startedAt,
        deadline: attempt.deadline,
        drawn,
      },
      score: result.score,
      maxScore: result.maxScore,
      passed: result.passed,
      durationMs,
      review: result.answers.map((answer) => ({
        ...answer,
        text: questions.get(answer.questionId)?.text ?? '',
        explanation: questions.get(answer.questionId)?.explanation ?? '',
      })),
    }
  })
}
