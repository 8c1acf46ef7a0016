import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { Redis } from 'ioredis'
import { fakeClock, quizzesExecutor, type QuizzesExecutor } from './executeQuizzes.ts'
import { answersWithScore, createQuestion, createQuiz, participant } from './factories.ts'

// Every run owns its keys, so parallel runs and other engineers' data on the shared Redis never mix.
const prefix = `caunoi-test-${randomBytes(6).toString('hex')}:`
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

let cms: TestCms
let redis: Redis
let withRedis: QuizzesExecutor
let withDatabase: QuizzesExecutor
const clock = fakeClock('2026-12-01T08:00:00.000Z')
let quizId: number

async function deleteKeys() {
  const keys = await redis.keys(`${prefix}*`)
  if (keys.length > 0) await redis.del(...keys)
}

/** Starts and submits one attempt with `right` correct answers after `seconds`. */
async function play(who: Record<string, unknown>, right: number, seconds: number) {
  const { data, errors } = await withRedis.start(quizId, who)
  if (errors) throw new Error(errors[0]!.message)
  const attempt = data!.startQuizAttempt
  clock.advance(seconds * 1000)
  const submitted = await withRedis.submit(attempt.id, await answersWithScore(cms.payload, attempt, right))
  if (submitted.errors) throw new Error(submitted.errors[0]!.message)
  clock.advance(-seconds * 1000)
}

const BOARD = `query($quizId: ID!, $code: ID, $first: Int) {
  leaderboard(quizId: $quizId, localityCode: $code, first: $first) { rank name localityCode score maxScore durationMs }
}`

async function boards(code: string | null, first = 100) {
  const variables = { quizId: String(quizId), code, first }
  const [fromRedis, fromDatabase] = await Promise.all([
    withRedis.run(BOARD, variables),
    withDatabase.run(BOARD, variables),
  ])
  expect(fromRedis.errors).toBeUndefined()
  expect(fromDatabase.errors).toBeUndefined()
  return { redis: fromRedis.data!.leaderboard, database: fromDatabase.data!.leaderboard }
}

beforeAll(async () => {
  cms = await createTestCms()
  redis = new Redis(redisUrl)
  withRedis = await quizzesExecutor(cms.payload, { now: clock.now, redis, redisKeyPrefix: prefix })
  withDatabase = await quizzesExecutor(cms.payload, { now: clock.now })
  const questions = []
  for (let i = 0; i < 4; i++) questions.push((await createQuestion(cms.payload)).id)
  quizId = (await createQuiz(cms.payload, { questions, questionCount: 4, maxAttempts: 3 })).id

  // Ties on purpose: B and C have the same score and time, D the same score as A but slower.
  await play(participant({ name: 'Nguyễn Văn An', localityCode: '00004' }), 4, 100)
  await play(participant({ name: 'Trần Thị Bình', localityCode: '00004' }), 3, 50)
  await play(participant({ name: 'Lê Văn Cường', localityCode: '01' }), 3, 50)
  await play(participant({ name: 'Phạm Thị Dung', localityCode: '00004' }), 4, 200)
  await play(participant({ name: 'Hoàng Văn Em', localityCode: '04' }), 2, 30)
  // A tie where the participant who joined first submits last: both stores still put them first.
  const xuan = (await withRedis.start(quizId, participant({ name: 'Đỗ Thị Xuân', localityCode: '04' }))).data!
  const yen = (await withRedis.start(quizId, participant({ name: 'Bùi Văn Yên', localityCode: '04' }))).data!
  clock.advance(30_000)
  for (const { startQuizAttempt: attempt } of [yen, xuan]) {
    await withRedis.submit(attempt.id, await answersWithScore(cms.payload, attempt, 2))
  }
  clock.advance(-30_000)
  // Improves on a second attempt (better score), and a third, worse attempt does not count.
  const returning = participant({ name: 'Vũ Thị Giang', localityCode: '00004' })
  await play(returning, 1, 20)
  await play(returning, 4, 150)
  await play(returning, 0, 10)
}, 180_000)

afterAll(async () => {
  await deleteKeys()
  redis?.disconnect()
  await withRedis?.stop()
  await withDatabase?.stop()
  await cms?.destroy()
})

describe('leaderboards', () => {
  it('rank by score, then time, then who joined first, with masked names; Redis and the database agree', async () => {
    const { redis: fromRedis, database } = await boards(null)
    expect(fromRedis).toEqual(database)
    expect(
      database.map((e: { name: string; score: number; durationMs: number }) => [e.name, e.score, e.durationMs]),
    ).toEqual([
      ['Nguyễn V. A.', 4, 100_000],
      ['Vũ T. G.', 4, 150_000],
      ['Phạm T. D.', 4, 200_000],
      ['Trần T. B.', 3, 50_000],
      ['Lê V. C.', 3, 50_000],
      ['Hoàng V. E.', 2, 30_000],
      ['Đỗ T. X.', 2, 30_000],
      ['Bùi V. Y.', 2, 30_000],
    ])
    expect(database.map((e: { rank: number }) => e.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
  })

  it('per province and per commune, old codes included, in the same order on both stores', async () => {
    for (const code of ['01', '00004', '04', '33', '34']) {
      const { redis: fromRedis, database } = await boards(code)
      expect(fromRedis).toEqual(database)
    }
    const hanoi = (await boards('01')).database.map((e: { name: string }) => e.name)
    expect(hanoi).toEqual(['Nguyễn V. A.', 'Vũ T. G.', 'Phạm T. D.', 'Trần T. B.', 'Lê V. C.'])
    const commune = (await boards('00004')).database.map((e: { name: string }) => e.name)
    expect(commune).toEqual(['Nguyễn V. A.', 'Vũ T. G.', 'Phạm T. D.', 'Trần T. B.'])
    expect((await boards('04')).database.map((e: { name: string }) => e.name)).toEqual([
      'Hoàng V. E.',
      'Đỗ T. X.',
      'Bùi V. Y.',
    ])
    expect((await boards('33')).database).toEqual([])
    // Thái Bình's old code "34" is Hưng Yên's board.
    expect(await boards('34')).toEqual(await boards('33'))
  })

  it('cuts the list at `first` and refuses a size outside 1–100', async () => {
    const { redis: fromRedis, database } = await boards(null, 2)
    expect(fromRedis).toEqual(database)
    expect(database).toHaveLength(2)
    const tooMany = await withDatabase.run(BOARD, { quizId: String(quizId), first: 500 })
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const unknown = await withDatabase.run(BOARD, { quizId: '999999' })
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
  })

  it('rebuilds a flushed Redis board from the database with the same order', async () => {
    const before = (await boards(null)).redis
    await deleteKeys()
    expect(await redis.keys(`${prefix}*`)).toEqual([])
    expect((await boards(null)).redis).toEqual(before)
    expect(await redis.exists(`${prefix}{quiz:${quizId}}:loaded`)).toBe(1)
  })

  it('mark exactly one best attempt when one participant submits two attempts at the same moment', async () => {
    const who = participant({ name: 'Đinh Văn Hùng', localityCode: '04' })
    const first = (await withRedis.start(quizId, who)).data!.startQuizAttempt
    const second = (await withRedis.start(quizId, who)).data!.startQuizAttempt
    const answers = await Promise.all([first, second].map((a) => answersWithScore(cms.payload, a, 1)))
    await Promise.all([withRedis.submit(first.id, answers[0]!), withRedis.submit(second.id, answers[1]!)])
    const { docs } = await cms.payload.find({
      collection: 'quizAttempts',
      where: { attemptId: { in: [first.id, second.id] } },
      depth: 0,
    })
    expect(docs.map((d) => d.status)).toEqual(['SUBMITTED', 'SUBMITTED'])
    expect(docs.filter((d) => d.best)).toHaveLength(1)
  })

  it('keeps one entry per participant: the best attempt, on both stores', async () => {
    const { docs } = await cms.payload.find({ collection: 'quizAttempts', where: { best: { equals: true } }, depth: 0 })
    expect(docs).toHaveLength(9)
    const fromRedis = await redis.zcard(`${prefix}{quiz:${quizId}}:board:all`)
    expect(fromRedis).toBe(9)
  })

  it('fall back to the database when Redis is unreachable, and never fail a submission for it', async () => {
    // Port 1 refuses connections; no offline queue and no retries make every command fail at once.
    const down = new Redis({ port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0 })
    down.on('error', () => {})
    const degraded = await quizzesExecutor(cms.payload, { now: clock.now, redis: down, redisKeyPrefix: prefix })
    try {
      const board = await degraded.run(BOARD, { quizId: String(quizId), code: null, first: 100 })
      expect(board.errors).toBeUndefined()
      expect(board.data!.leaderboard).toEqual((await boards(null)).database)
      const attempt = (await degraded.start(quizId, participant({ name: 'Mai Văn Khoa' }))).data!.startQuizAttempt
      const submitted = await degraded.submit(attempt.id, await answersWithScore(cms.payload, attempt, 2))
      expect(submitted.errors).toBeUndefined()
    } finally {
      await degraded.stop()
      down.disconnect()
    }
  })
})
