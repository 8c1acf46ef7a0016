import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { SUBMISSION_GRACE_MS } from '../src/domain/submitAttempt.ts'
import { fakeClock, quizzesExecutor, type QuizzesExecutor } from './executeQuizzes.ts'
import { answersWithScore, correctAnswers, createQuestion, createQuiz, participant } from './factories.ts'
import { selectEverything, walk } from './fullSelection.ts'

let cms: TestCms
let quizzes: QuizzesExecutor
const clock = fakeClock('2026-12-01T08:00:00.000Z')
let questionIds: number[]

beforeAll(async () => {
  cms = await createTestCms()
  quizzes = await quizzesExecutor(cms.payload, { now: clock.now })
  questionIds = [
    (await createQuestion(cms.payload, { correct: [1] })).id,
    (await createQuestion(cms.payload, { options: ['A', 'B', 'C', 'D'], correct: [0, 2] })).id,
    (await createQuestion(cms.payload, { options: ['Đúng', 'Sai'], correct: [0] })).id,
    (await createQuestion(cms.payload, { options: ['1', '2', '3', '4', '5', '6'], correct: [1, 3, 5] })).id,
  ]
}, 120_000)

afterAll(async () => {
  await quizzes?.stop()
  await cms?.destroy()
})

const count = async (collection: 'quizAttempts' | 'quizParticipants') =>
  (await cms.payload.count({ collection })).totalDocs

async function storedAttempt(attemptId: string) {
  const { docs } = await cms.payload.find({
    collection: 'quizAttempts',
    where: { attemptId: { equals: attemptId } },
    depth: 0,
  })
  return docs[0]!
}

describe('listing quizzes', () => {
  it('shows a commune of Hà Nội the Hà Nội contest and the national quiz, and Cao Bằng only the national one', async () => {
    const { data, errors } = await quizzes.run(`{
      hanoi: quizzes(localityCode: "00004") { title locality { code } open }
      caoBang: quizzes(localityCode: "04") { title locality { code } }
    }`)
    expect(errors).toBeUndefined()
    const hanoiTitles = data!.hanoi.map((q: { title: string }) => q.title)
    expect(hanoiTitles).toEqual(
      expect.arrayContaining([
        'Cuộc thi tìm hiểu Nghị định 168/2024/NĐ-CP trên địa bàn Thủ đô',
        'Tìm hiểu Luật An ninh mạng và Luật Căn cước',
      ]),
    )
    expect(data!.caoBang.map((q: { title: string }) => q.title)).toContain(
      'Tìm hiểu Luật An ninh mạng và Luật Căn cước',
    )
    expect(data!.caoBang.some((q: { locality: { code: string } | null }) => q.locality?.code === '01')).toBe(false)
  })

  it('never lists or returns a draft, and answers an unknown locality with BAD_USER_INPUT', async () => {
    const draft = await createQuiz(cms.payload, { questions: questionIds, status: 'draft' })
    const { data } = await quizzes.run(`query($id: ID!) { quiz(id: $id) { id } quizzes { id } }`, {
      id: String(draft.id),
    })
    expect(data!.quiz).toBeNull()
    expect(data!.quizzes.map((q: { id: string }) => q.id)).not.toContain(String(draft.id))
    const unknown = await quizzes.run(`{ quizzes(localityCode: "99999") { id } }`)
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})

describe('before submission, no response carries a correct answer', () => {
  it('scans every field of quiz, quizzes and startQuizAttempt answers', async () => {
    const { docs: bank } = await cms.payload.find({ collection: 'questions', pagination: false, depth: 0 })
    const explanations = new Set(bank.map((q) => q.explanation))
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 4 })

    const read = await quizzes.run(
      `query($id: ID!) { quiz(id: $id) { ${selectEverything('Quiz')} } quizzes { ${selectEverything('Quiz')} } }`,
      { id: String(quiz.id) },
    )
    const started = await quizzes.run(
      `mutation($id: ID!, $p: ParticipantInput) { startQuizAttempt(quizId: $id, participant: $p) { ${selectEverything('QuizAttempt')} } }`,
      { id: String(quiz.id), p: participant() },
    )
    expect(read.errors).toBeUndefined()
    expect(started.errors).toBeUndefined()
    expect(started.data!.startQuizAttempt.questions).toHaveLength(4)

    for (const response of [read.data, started.data]) {
      walk(response, (key, value) => {
        if (key !== null) expect(key).not.toMatch(/correct|explanation|answer(?!s$)|review/i)
        if (typeof value === 'string') expect(explanations.has(value)).toBe(false)
      })
    }
    for (const question of started.data!.startQuizAttempt.questions) {
      for (const option of question.options) expect(Object.keys(option).sort()).toEqual(['id', 'text'])
    }
  })

  it('shuffles options per attempt, so the position of the correct option tells nothing', async () => {
    const [onlyQuestion] = questionIds
    const quiz = await createQuiz(cms.payload, { questions: [onlyQuestion!], questionCount: 1, maxAttempts: 20 })
    const stored = await cms.payload.findByID({ collection: 'questions', id: onlyQuestion!, depth: 0 })
    const correctId = stored.options!.find((o) => o.correct)!.id
    const positions = new Set<number>()
    const who = participant()
    for (let i = 0; i < 20; i++) {
      const { data } = await quizzes.start(quiz.id, who)
      positions.add(data!.startQuizAttempt.questions[0]!.options.findIndex((o) => o.id === correctId))
    }
    expect(positions.size).toBeGreaterThan(1)
  })
})

describe('starting an attempt', () => {
  it('draws the quiz’s number of questions and sets the deadline from the time limit on the server clock', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 3, timeLimitSeconds: 300 })
    const { data, errors } = await quizzes.start(quiz.id, participant())
    expect(errors).toBeUndefined()
    const attempt = data!.startQuizAttempt
    expect(attempt.questions).toHaveLength(3)
    expect(attempt.number).toBe(1)
    expect(attempt.startedAt).toBe(clock.now().toISOString())
    expect(new Date(attempt.deadline).getTime() - clock.now().getTime()).toBe(300_000)
    expect(attempt.id).toMatch(/^[A-Za-z0-9_-]{24}$/)
  })

  it('cuts the deadline short at the quiz’s closing time', async () => {
    const closesAt = new Date(clock.now().getTime() + 60_000).toISOString()
    const quiz = await createQuiz(cms.payload, { questions: questionIds, closesAt, timeLimitSeconds: 600 })
    const { data } = await quizzes.start(quiz.id, participant())
    expect(data!.startQuizAttempt.deadline).toBe(closesAt)
  })

  it('refuses a quiz that has not opened or has closed (FORBIDDEN) and an unknown one (NOT_FOUND)', async () => {
    const later = await createQuiz(cms.payload, { questions: questionIds, opensAt: '2027-01-01T00:00:00.000Z' })
    const over = await createQuiz(cms.payload, {
      questions: questionIds,
      opensAt: '2026-01-01T00:00:00.000Z',
      closesAt: '2026-06-01T00:00:00.000Z',
    })
    const before = await count('quizAttempts')
    const notOpen = await quizzes.start(later.id, participant())
    expect(notOpen.errors?.[0]).toMatchObject({ message: 'Cuộc thi chưa bắt đầu.', extensions: { code: 'FORBIDDEN' } })
    const closed = await quizzes.start(over.id, participant())
    expect(closed.errors?.[0]).toMatchObject({ message: 'Cuộc thi đã kết thúc.', extensions: { code: 'FORBIDDEN' } })
    expect((await quizzes.start('987654', participant())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect((await quizzes.start('abc', participant())).errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(await count('quizAttempts')).toBe(before)
  })

  it('requires a name and a valid phone, and writes nothing when they are missing', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds })
    const before = [await count('quizAttempts'), await count('quizParticipants')]
    const missing = await quizzes.start(quiz.id, null)
    expect(missing.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect((missing.errors?.[0]?.extensions?.problems as { field: string }[]).map((p) => p.field)).toEqual([
      'participant.name',
      'participant.phone',
    ])
    const badPhone = await quizzes.start(quiz.id, participant({ phone: '12345' }))
    expect(badPhone.errors?.[0]?.message).toMatch(/Số điện thoại không hợp lệ/)
    expect([await count('quizAttempts'), await count('quizParticipants')]).toEqual(before)
  })

  it('keeps a Hà Nội contest to people of Hà Nội', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, locality: '01' })
    const outsider = await quizzes.start(quiz.id, participant({ localityCode: '04' }))
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const { errors } = await quizzes.start(quiz.id, participant({ localityCode: '00004' }))
    expect(errors).toBeUndefined()
  })

  it('stores the phone only as a hash and the name masked for display', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds })
    const { data } = await quizzes.start(quiz.id, participant({ name: 'Phạm Thị Hồng', phone: '0987 111 222' }))
    const attempt = await storedAttempt(data!.startQuizAttempt.id)
    const stored = await cms.payload.findByID({
      collection: 'quizParticipants',
      id: attempt.participant as number,
      showHiddenFields: true,
    })
    expect(stored.maskedName).toBe('Phạm T. H.')
    expect(JSON.stringify(stored)).not.toMatch(/0987\s?111\s?222|0987111222/)
    expect(stored.phoneHash).toMatch(/^[0-9a-f]{64}$/)
  })
})

describe('attempt policy', () => {
  it('allows maxAttempts per participant, recognising the same phone however it is written', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, maxAttempts: 2 })
    const first = await quizzes.start(quiz.id, participant({ phone: '0912 000 111' }))
    const second = await quizzes.start(quiz.id, participant({ phone: '+84 912 000 111' }))
    expect([first.data?.startQuizAttempt.number, second.data?.startQuizAttempt.number]).toEqual([1, 2])
    const before = await count('quizAttempts')
    const third = await quizzes.start(quiz.id, participant({ phone: '0912.000.111' }))
    expect(third.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } })
    expect(third.errors?.[0]?.message).toMatch(/hết 2 lượt thi/)
    expect(await count('quizAttempts')).toBe(before)
  })

  it('never exceeds the policy when one participant starts several attempts at once', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, maxAttempts: 2 })
    const who = participant()
    const results = await Promise.all(Array.from({ length: 5 }, () => quizzes.start(quiz.id, who)))
    const started = results.filter((r) => !r.errors)
    expect(started.map((r) => r.data!.startQuizAttempt.number).sort()).toEqual([1, 2])
    for (const refused of results.filter((r) => r.errors)) {
      expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    }
  })

  it('accepts a Zalo user verified by the gateway without name or phone', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, maxAttempts: 1 })
    const identity = { zaloUserId: 'zalo-8421' }
    const first = await quizzes.start(quiz.id, { localityCode: '00004' }, identity)
    expect(first.errors).toBeUndefined()
    const again = await quizzes.start(quiz.id, null, identity)
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
  })
})

describe('submitting an attempt', () => {
  it('scores on the server, multi-answer questions included, and only then reveals answers and explanations', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 4, passPercent: 75 })
    const { data } = await quizzes.start(quiz.id, participant())
    const attempt = data!.startQuizAttempt
    const right = await correctAnswers(cms.payload, attempt)
    clock.advance(42_000)
    const submitted = await quizzes.submit(attempt.id, right)
    expect(submitted.errors).toBeUndefined()
    const result = submitted.data!.submitQuizAttempt
    expect(result).toMatchObject({ score: 4, maxScore: 4, passed: true, durationMs: 42_000 })
    expect(result.review).toHaveLength(4)
    for (const [index, review] of result.review.entries()) {
      expect(review.correct).toBe(true)
      expect(review.correctOptionIds.sort()).toEqual(right[index]!.optionIds.sort())
      expect(review.explanation).toMatch(/^Giải thích câu \d+/)
    }
    const stored = await storedAttempt(attempt.id)
    expect(stored).toMatchObject({ status: 'SUBMITTED', score: 4, passed: true, durationMs: 42_000, best: true })
  })

  it('fails a participant below the pass mark and marks partly chosen multi-answer questions wrong', async () => {
    const quiz = await createQuiz(cms.payload, { questions: [questionIds[1]!], questionCount: 1, passPercent: 100 })
    const { data } = await quizzes.start(quiz.id, participant())
    const attempt = data!.startQuizAttempt
    const [right] = await correctAnswers(cms.payload, attempt)
    const partial = [{ questionId: right!.questionId, optionIds: right!.optionIds.slice(0, 1) }]
    const { data: result } = await quizzes.submit(attempt.id, partial)
    expect(result!.submitQuizAttempt).toMatchObject({ score: 0, maxScore: 1, passed: false })
    expect(result!.submitQuizAttempt.review[0]).toMatchObject({
      correct: false,
      chosenOptionIds: partial[0]!.optionIds,
    })
  })

  it('refuses a second submission of the same attempt and keeps the first score', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 3 })
    const { data } = await quizzes.start(quiz.id, participant())
    const attempt = data!.startQuizAttempt
    const wrong = await answersWithScore(cms.payload, attempt, 1)
    expect((await quizzes.submit(attempt.id, wrong)).data!.submitQuizAttempt.score).toBe(1)
    const again = await quizzes.submit(attempt.id, await correctAnswers(cms.payload, attempt))
    expect(again.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } })
    expect(again.errors?.[0]?.message).toMatch(/đã được nộp/)
    expect((await storedAttempt(attempt.id)).score).toBe(1)
  })

  it('scores only one of two submissions sent at the same moment', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 3 })
    const { data } = await quizzes.start(quiz.id, participant())
    const attempt = data!.startQuizAttempt
    const answers = await correctAnswers(cms.payload, attempt)
    const results = await Promise.all([quizzes.submit(attempt.id, answers), quizzes.submit(attempt.id, answers)])
    expect(results.filter((r) => !r.errors)).toHaveLength(1)
    expect(results.filter((r) => r.errors?.[0]?.extensions?.code === 'FORBIDDEN')).toHaveLength(1)
  })

  it('accepts answers up to the deadline (plus network grace) and refuses them after, on the fake clock', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, timeLimitSeconds: 120 })
    const onTime = (await quizzes.start(quiz.id, participant())).data!.startQuizAttempt
    const late = (await quizzes.start(quiz.id, participant())).data!.startQuizAttempt
    clock.advance(120_000 + SUBMISSION_GRACE_MS)
    expect((await quizzes.submit(onTime.id, await correctAnswers(cms.payload, onTime))).errors).toBeUndefined()
    clock.advance(1)
    const refused = await quizzes.submit(late.id, await correctAnswers(cms.payload, late))
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } })
    expect(refused.errors?.[0]?.message).toMatch(/hết thời gian/)
    expect((await storedAttempt(late.id)).status).toBe('IN_PROGRESS')
  })

  it('rejects answers to questions of another attempt or unknown options with BAD_USER_INPUT, scoring nothing', async () => {
    const quiz = await createQuiz(cms.payload, { questions: questionIds, questionCount: 2 })
    const attempt = (await quizzes.start(quiz.id, participant())).data!.startQuizAttempt
    const drawnIds = new Set(attempt.questions.map((q) => q.id))
    const foreign = questionIds.map(String).find((id) => !drawnIds.has(id))!
    const wrongQuestion = await quizzes.submit(attempt.id, [{ questionId: foreign, optionIds: [] }])
    expect(wrongQuestion.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const wrongOption = await quizzes.submit(attempt.id, [{ questionId: attempt.questions[0]!.id, optionIds: ['x'] }])
    expect(wrongOption.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const twice = await quizzes.submit(attempt.id, [
      { questionId: attempt.questions[0]!.id, optionIds: [] },
      { questionId: attempt.questions[0]!.id, optionIds: [] },
    ])
    expect(twice.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect((await storedAttempt(attempt.id)).status).toBe('IN_PROGRESS')
    const unknown = await quizzes.submit('khong-co-luot-thi-nay', [])
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
