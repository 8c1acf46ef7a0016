import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'
import type { StartedAttempt } from './executeQuizzes.ts'

let sequence = 0

/** A bank question; `correct` lists the indexes of the correct options. */
export async function createQuestion(
  payload: Payload,
  {
    options = ['Phương án A', 'Phương án B', 'Phương án C'],
    correct = [0],
  }: { options?: string[]; correct?: number[] } = {},
) {
  sequence++
  return payload.create({
    collection: 'questions',
    data: {
      code: `TEST-${Date.now().toString(36).toUpperCase()}-${sequence}`,
      law: 'KHAC',
      text: `Câu hỏi thử nghiệm số ${sequence}?`,
      options: options.map((text, index) => ({ text, correct: correct.includes(index) })),
      explanation: `Giải thích câu ${sequence}: căn cứ Điều ${sequence} văn bản thử nghiệm.`,
      difficulty: 'EASY',
    },
  })
}

export async function localityId(payload: Payload, code: string): Promise<number> {
  const { docs } = await payload.find({ collection: 'localities', where: { code: { equals: code } }, limit: 1 })
  if (!docs[0]) throw new Error(`no locality ${code}`)
  return docs[0].id
}

type QuizOverrides = {
  questions?: number[]
  locality?: string
  opensAt?: string
  closesAt?: string
  timeLimitSeconds?: number
  questionCount?: number
  passPercent?: number
  maxAttempts?: number
  status?: 'published' | 'draft'
}

/** A quiz over the given questions, open through 2027 unless told otherwise. */
export async function createQuiz(payload: Payload, overrides: QuizOverrides = {}) {
  const { status = 'published', locality, ...rest } = overrides
  return payload.create({
    collection: 'quizzes',
    draft: status === 'draft',
    data: {
      title: `Cuộc thi thử nghiệm ${randomUUID().slice(0, 8)}`,
      laws: ['KHAC'],
      opensAt: '2026-11-01T00:00:00.000Z',
      closesAt: '2027-12-31T00:00:00.000Z',
      timeLimitSeconds: 600,
      questionCount: 3,
      passPercent: 60,
      maxAttempts: 3,
      ...rest,
      locality: locality ? await localityId(payload, locality) : undefined,
      _status: status,
    },
  })
}

let phoneSequence = 0

/** A participant with a fresh, valid phone number, in Phường Ba Đình (Hà Nội) unless told otherwise. */
export function participant(overrides: Record<string, unknown> = {}) {
  phoneSequence++
  return {
    name: 'Nguyễn Văn An',
    phone: `09${String(10_000_000 + Math.floor(Math.random() * 80_000_000) + phoneSequence).slice(0, 8)}`,
    localityCode: '00004',
    ...overrides,
  }
}

/** The correct option ids of each drawn question, read from the bank as only the server can. */
export async function correctAnswers(payload: Payload, attempt: StartedAttempt) {
  const answers: { questionId: string; optionIds: string[] }[] = []
  for (const question of attempt.questions) {
    const stored = await payload.findByID({ collection: 'questions', id: Number(question.id), depth: 0 })
    answers.push({
      questionId: question.id,
      optionIds: (stored.options ?? []).filter((o) => o.correct).map((o) => o.id!),
    })
  }
  return answers
}

/** Answers that get exactly `right` questions right, the others wrong. */
export async function answersWithScore(payload: Payload, attempt: StartedAttempt, right: number) {
  const correct = await correctAnswers(payload, attempt)
  return correct.map((answer, index) => {
    if (index < right) return answer
    const question = attempt.questions[index]!
    const wrong = question.options.map((o) => o.id).filter((id) => !answer.optionIds.includes(id))
    return { questionId: answer.questionId, optionIds: wrong.slice(0, 1) }
  })
}
