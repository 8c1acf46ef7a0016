import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { quizStatistics } from '../src/stats/quizStatistics.ts'
import { fakeClock, quizzesExecutor, type QuizzesExecutor } from './executeQuizzes.ts'
import { runCli } from './runCli.ts'
import { correctAnswers, createQuestion, createQuiz, participant } from './factories.ts'

let cms: TestCms
let quizzes: QuizzesExecutor
const clock = fakeClock('2026-12-01T08:00:00.000Z')
let quizId: number
let hardQuestion: number

beforeAll(async () => {
  cms = await createTestCms()
  quizzes = await quizzesExecutor(cms.payload, { now: clock.now })
  const easy = (await createQuestion(cms.payload)).id
  hardQuestion = (await createQuestion(cms.payload, { options: ['A', 'B', 'C', 'D'], correct: [1, 2] })).id
  quizId = (await createQuiz(cms.payload, { questions: [easy, hardQuestion], questionCount: 2, passPercent: 100 })).id

  // Two people of Phường Ba Đình and one who gave only the province submit; everyone gets the easy
  // question right, only one the multi-answer one; a fourth starts and never submits.
  const play = async (who: Record<string, unknown>, allRight: boolean) => {
    const attempt = (await quizzes.start(quizId, who)).data!.startQuizAttempt
    const right = await correctAnswers(cms.payload, attempt)
    const answers = allRight
      ? right
      : right.map((a) => (a.questionId === String(hardQuestion) ? { ...a, optionIds: a.optionIds.slice(0, 1) } : a))
    await quizzes.submit(attempt.id, answers)
  }
  await play(participant({ localityCode: '00004' }), true)
  await play(participant({ localityCode: '00004' }), false)
  await play(participant({ localityCode: '01' }), false)
  await quizzes.start(quizId, participant({ localityCode: '00004' }))
}, 120_000)

afterAll(async () => {
  await quizzes?.stop()
  await cms?.destroy()
})

describe('statistics for editors', () => {
  it('count participants and attempts, passes and the average score', async () => {
    const stats = await quizStatistics(cms.payload, quizId)
    expect(stats).toMatchObject({ participants: 4, attempts: 4, submitted: 3, passed: 1 })
    // (2/2 + 1/2 + 1/2) / 3 submitted attempts
    expect(stats.averageScorePercent).toBe(66.7)
  })

  it('break the average score down by province and by commune', async () => {
    const stats = await quizStatistics(cms.payload, quizId)
    expect(stats.byProvince).toEqual([{ localityCode: '01', participants: 4, attempts: 4, averageScorePercent: 66.7 }])
    expect(stats.byCommune).toEqual([{ localityCode: '00004', participants: 3, attempts: 3, averageScorePercent: 75 }])
  })

  it('name the most missed question first, with how often it was missed', async () => {
    const stats = await quizStatistics(cms.payload, quizId)
    expect(stats.mostMissed).toHaveLength(1)
    expect(stats.mostMissed[0]).toMatchObject({ questionId: hardQuestion, asked: 3, missed: 2, missedPercent: 66.7 })
    expect(stats.mostMissed[0]!.code).toMatch(/^TEST-/)
  })

  it('print as a report from the command line', async () => {
    const { code, stdout } = await runCli(cms, 'quizStatistics.ts', [String(quizId)])
    expect(code).toBe(0)
    expect(stdout).toContain('Người dự thi: 4   Lượt thi: 4 (đã nộp 3, đạt 1)')
    expect(stdout).toContain('Điểm trung bình: 66.7 %')
    expect(stdout).toMatch(/00004\s+3 người\s+3 lượt\s+75.0 %/)
    expect(stdout).toMatch(/TEST-\S+\s+sai 2\/3 \(66.7 %\)/)
  }, 60_000)
})
