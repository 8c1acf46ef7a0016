import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startStack, type Stack } from '../support/stack.ts'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
}, 120_000)

afterAll(async () => {
  await stack?.stop()
})

const START = `mutation($quizId: ID!, $participant: ParticipantInput) {
  startQuizAttempt(quizId: $quizId, participant: $participant) {
    id deadline number quiz { title }
    questions { id text multipleAnswers options { id text } }
  }
}`

const SUBMIT = `mutation($input: SubmitQuizAttemptInput!) {
  submitQuizAttempt(input: $input) { score maxScore passed review { questionId correct correctOptionIds explanation } }
}`

type Attempt = { id: string; questions: { id: string; options: { id: string }[] }[] }

/** The correct options of each drawn question, read from the bank as only the server can. */
async function correctAnswers(attempt: Attempt) {
  return Promise.all(
    attempt.questions.map(async (q) => {
      const stored = await stack.payload.findByID({ collection: 'questions', id: Number(q.id), depth: 0 })
      return { questionId: q.id, optionIds: (stored.options ?? []).filter((o) => o.correct).map((o) => o.id!) }
    }),
  )
}

describe('a citizen of Phường Ba Đình takes the Hà Nội contest through the gateway', () => {
  let hanoiQuizId: string

  it('finds the Hà Nội contest and the national quiz among the locality’s active quizzes', async () => {
    const { data, errors } = await stack.graphql(`{
      locality(code: "00004") { name activeQuizzes { id title questionCount open locality { code name } } }
    }`)
    expect(errors).toBeUndefined()
    const quizzes = data!.locality.activeQuizzes
    expect(quizzes).toHaveLength(2)
    const hanoi = quizzes.find((q: { locality: { code: string } | null }) => q.locality?.code === '01')
    expect(hanoi).toMatchObject({ questionCount: 8, open: true, locality: { name: 'Thành phố Hà Nội' } })
    hanoiQuizId = hanoi.id
  })

  it('starts, submits and sees the score, the answers with their legal citations, and the leaderboards', async () => {
    const participant = { name: 'Nguyễn Văn An', phone: '0912 345 678', localityCode: '00004' }
    const started = await stack.graphql(START, { quizId: hanoiQuizId, participant })
    expect(started.errors).toBeUndefined()
    const attempt = started.data!.startQuizAttempt
    expect(attempt.questions).toHaveLength(8)
    expect(JSON.stringify(started)).not.toMatch(/correct|explanation|Điều \d+/i)

    const answers = await correctAnswers(attempt)
    const submitted = await stack.graphql(SUBMIT, { input: { attemptId: attempt.id, answers } })
    expect(submitted.errors).toBeUndefined()
    expect(submitted.data!.submitQuizAttempt).toMatchObject({ score: 8, maxScore: 8, passed: true })
    for (const review of submitted.data!.submitQuizAttempt.review) {
      expect(review.correct).toBe(true)
      expect(review.explanation).toMatch(/Nghị định số 168\/2024\/NĐ-CP|Luật Trật tự, an toàn giao thông đường bộ/)
    }

    const boards = await stack.graphql(
      `query($id: ID!) {
        national: leaderboard(quizId: $id) { rank name score maxScore localityCode }
        locality(code: "00004") { leaderboard(quizId: $id, first: 5) { rank name score } }
      }`,
      { id: hanoiQuizId },
    )
    expect(boards.errors).toBeUndefined()
    expect(boards.data!.national).toEqual([
      { rank: 1, name: 'Nguyễn V. A.', score: 8, maxScore: 8, localityCode: '00004' },
    ])
    expect(boards.data!.locality.leaderboard).toEqual([{ rank: 1, name: 'Nguyễn V. A.', score: 8 }])
    expect(JSON.stringify(boards)).not.toMatch(/Văn An|0912|345/)

    const again = await stack.graphql(SUBMIT, { input: { attemptId: attempt.id, answers } })
    expect(again.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(again.errors?.[0]?.message).toMatch(/đã được nộp/)
    expect(JSON.stringify(again)).not.toMatch(/stacktrace/)
  })

  it('answers bad input with typed errors through the gateway', async () => {
    const noParticipant = await stack.graphql(START, { quizId: hanoiQuizId })
    expect(noParticipant.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const outsider = await stack.graphql(START, {
      quizId: hanoiQuizId,
      participant: { name: 'Trần Thị Bình', phone: '0987654321', localityCode: '04' },
    })
    expect(outsider.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    const unknown = await stack.graphql(SUBMIT, { input: { attemptId: 'khong-ton-tai', answers: [] } })
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })
})
