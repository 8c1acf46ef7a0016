import { randomBytes } from 'node:crypto'
import { questionBankWhere } from '@caunoi/cms'
import { forbidden, notFound } from '@caunoi/platform'
import type { Where } from 'payload'
import type { ParticipantInput } from '../__generated__/resolvers-types.ts'
import type { QuizzesContext } from '../context.ts'
import type { QuizToRun } from '../loaders.ts'
import { parseDocId, relationId } from './docId.ts'
import { drawQuestions } from './drawQuestions.ts'
import { identifyParticipant, participantPlace } from './participants.ts'
import type { PublicAttempt } from './publicAttempt.ts'
import { isOpen } from './publicQuiz.ts'

/** A published quiz, open now; anything else is refused before a participant is registered. */
export async function requireOpenQuiz(ctx: QuizzesContext, quizId: string): Promise<QuizToRun> {
  const id = parseDocId(quizId)
  const quiz = id ? await ctx.loaders.quizById.load(id) : null
  if (!quiz) throw notFound(`Không tìm thấy cuộc thi "${quizId}".`)
  const now = ctx.now()
  if (now < new Date(quiz.opensAt)) throw forbidden('Cuộc thi chưa bắt đầu.')
  if (!isOpen(quiz, now)) throw forbidden('Cuộc thi đã kết thúc.')
  return quiz
}

/** The quiz's own question set if an editor chose one, else its laws' questions in its bank. */
async function questionPool(ctx: QuizzesContext, quiz: QuizToRun) {
  const chosen = (quiz.questions ?? []).map(relationId).filter((id): id is number => id !== null)
  const { docs } = await ctx.payload.find({
    collection: 'questions',
    where: chosen.length > 0 ? { id: { in: chosen } } : questionBankWhere(quiz),
    select: { options: true },
    pagination: false,
    depth: 0,
  })
  return docs.map((doc) => ({ id: doc.id, optionIds: (doc.options ?? []).map((o) => o.id!).filter(Boolean) }))
}

const MAX_NUMBER_RETRIES = 3

async function attemptsTaken(ctx: QuizzesContext, quizId: number, participantId: number): Promise<number> {
  const where: Where = { and: [{ quiz: { equals: quizId } }, { participant: { equals: participantId } }] }
  return (await ctx.payload.count({ collection: 'quizAttempts', where })).totalDocs
}

/** Payload reports a unique index violation as a ValidationError. */
function isUniqueViolation(error: unknown): boolean {
  return error instanceof Error && error.name === 'ValidationError'
}

/**
 * Starts an attempt: checks the schedule and the attempt policy, draws the questions, shuffles each
 * one's options, and fixes the deadline (the time limit, cut short by the quiz's closing time).
 */
export async function startAttempt(
  ctx: QuizzesContext,
  quizId: string,
  input: ParticipantInput | null | undefined,
): Promise<PublicAttempt> {
  const quiz = await requireOpenQuiz(ctx, quizId)
  const pool = await questionPool(ctx, quiz)
  if (pool.length === 0) throw forbidden('Cuộc thi chưa có câu hỏi, vui lòng quay lại sau.')
  const drawn = drawQuestions(pool, quiz.questionCount)
  const place = await participantPlace(ctx, quiz, input?.localityCode)
  const participant = await identifyParticipant(ctx, input, place)

  const startedAt = ctx.now()
  const deadline = new Date(
    Math.min(startedAt.getTime() + quiz.timeLimitSeconds * 1000, new Date(quiz.closesAt).getTime()),
  )
  const attemptId = randomBytes(18).toString('base64url')
  for (let retry = 1; ; retry++) {
    const number = (await attemptsTaken(ctx, quiz.id, participant.id)) + 1
    if (number > quiz.maxAttempts) throw forbidden(`Bạn đã dùng hết ${quiz.maxAttempts} lượt thi của cuộc thi này.`)
    try {
      await ctx.payload.create({
        collection: 'quizAttempts',
        data: {
          attemptId,
          quiz: quiz.id,
          participant: participant.id,
          number,
          ...place,
          status: 'IN_PROGRESS',
          startedAt: startedAt.toISOString(),
          deadline: deadline.toISOString(),
          maxScore: drawn.length,
          drawn,
        },
        depth: 0,
      })
      ctx.logger.info({ quizId: quiz.id, number }, 'quiz attempt started')
      return { attemptId, quiz, number, startedAt: startedAt.toISOString(), deadline: deadline.toISOString(), drawn }
    } catch (error) {
      // Two starts at once took the same number: the unique index let one through; count again.
      if (!isUniqueViolation(error) || retry >= MAX_NUMBER_RETRIES) throw error
    }
  }
}
