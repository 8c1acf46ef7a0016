import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { fakeClock, quizzesExecutor, type QuizzesExecutor } from './executeQuizzes.ts'
import { createQuestion, createQuiz, localityId, participant } from './factories.ts'

let cms: TestCms
let quizzes: QuizzesExecutor
const bank: Record<'national' | 'hanoi' | 'caoBang', number> = { national: 0, hanoi: 0, caoBang: 0 }

/** A bank question of a locality (or national), drawn by quizzes of the law KHAC. */
async function questionOf(localityCode: string | null) {
  const question = await createQuestion(cms.payload)
  if (localityCode === null) return question.id
  await cms.payload.update({
    collection: 'questions',
    id: question.id,
    data: { locality: await localityId(cms.payload, localityCode) },
  })
  return question.id
}

beforeAll(async () => {
  cms = await createTestCms()
  quizzes = await quizzesExecutor(cms.payload, { now: fakeClock('2026-12-01T08:00:00.000Z').now })
  bank.national = await questionOf(null)
  bank.hanoi = await questionOf('00004')
  bank.caoBang = await questionOf('04')
}, 120_000)

afterAll(async () => {
  await quizzes?.stop()
  await cms?.destroy()
})

async function drawnIds(locality?: string): Promise<number[]> {
  const quiz = await createQuiz(cms.payload, { locality, questionCount: 10 })
  const { data, errors } = await quizzes.start(quiz.id, participant())
  expect(errors).toBeUndefined()
  return data!.startQuizAttempt.questions.map((q) => Number(q.id)).sort((a, b) => a - b)
}

describe('the bank a quiz draws from', () => {
  it('draws a Hà Nội quiz from the national bank and Hà Nội’s own questions, never Cao Bằng’s', async () => {
    expect(await drawnIds('01')).toEqual([bank.national, bank.hanoi].sort((a, b) => a - b))
  })

  it('draws a national quiz from the national bank only', async () => {
    expect(await drawnIds()).toEqual([bank.national])
  })
})
