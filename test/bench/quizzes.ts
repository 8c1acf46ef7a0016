// `npm run bench:quizzes`: 1,000 participants start and submit the Hà Nội contest concurrently through
// the gateway on 127.0.0.1 while leaderboards are read; prints attempts/s and p50/p99 per operation,
// then checks the final leaderboard against the database. Leaderboards in Redis when REDIS_URL is set.
// BENCH_PARTICIPANTS (1000), BENCH_CONCURRENCY (100), BENCH_READERS (4), BENCH_TIMEOUT_S (600).
import { randomBytes, randomInt } from 'node:crypto'
import { Redis } from 'ioredis'
import { startStack, type Stack } from '../support/stack.ts'
import { createLatencies, ms } from './latency.ts'

const PARTICIPANTS = Number(process.env.BENCH_PARTICIPANTS ?? 1000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 100)
const READERS = Number(process.env.BENCH_READERS ?? 4)
const TIMEOUT_S = Number(process.env.BENCH_TIMEOUT_S ?? 600)
process.env.LOG_LEVEL ??= 'warn'

const redis = process.env.REDIS_URL ? new Redis(process.env.REDIS_URL) : undefined
const prefix = `caunoi-bench-${randomBytes(6).toString('hex')}:`
const deadline = Date.now() + TIMEOUT_S * 1000

const START = `mutation($quizId: ID!, $participant: ParticipantInput) {
  startQuizAttempt(quizId: $quizId, participant: $participant) { id questions { id options { id } } }
}`
const SUBMIT = `mutation($input: SubmitQuizAttemptInput!) { submitQuizAttempt(input: $input) { score } }`
const BOARD = `query($quizId: ID!, $code: ID) { leaderboard(quizId: $quizId, localityCode: $code, first: 100) { rank name score durationMs } }`

async function call(stack: Stack, query: string, variables: Record<string, unknown>) {
  const response = await stack.graphql(query, variables)
  if (response.errors) throw new Error(`${response.errors[0]!.message} (${response.errors[0]!.extensions?.code})`)
  return response.data!
}

console.log(
  `Starting the stack (${process.env.TEST_DATABASE === 'postgres' ? 'PostgreSQL' : 'SQLite'}, leaderboards in ${redis ? 'Redis' : 'the database'})…`,
)
// One client address sending as fast as it can: not what the gateway's per-address limit is for.
const stack = await startStack({ redis, redisKeyPrefix: prefix, rateLimitPerIp: 1_000_000_000 })
try {
  const { docs: quizzes } = await stack.payload.find({
    collection: 'quizzes',
    where: { localityCode: { equals: '01' } },
  })
  const quiz = quizzes[0]!
  // Every participant may try once; the bench answers like a crowd: some right, some wrong.
  await stack.payload.update({ collection: 'quizzes', id: quiz.id, data: { maxAttempts: 1 } })
  const { docs: bank } = await stack.payload.find({ collection: 'questions', pagination: false, depth: 0 })
  const correct = new Map(bank.map((q) => [String(q.id), (q.options ?? []).filter((o) => o.correct).map((o) => o.id!)]))
  const { docs: communes } = await stack.payload.find({
    collection: 'localities',
    where: { parentCode: { equals: '01' } },
    pagination: false,
    select: { code: true },
  })
  const communeCodes = communes.slice(0, 20).map((c) => c.code)

  const latency = { start: createLatencies(), submit: createLatencies(), leaderboard: createLatencies() }
  let done = 0
  let failed = 0
  let next = 0
  const firstError: string[] = []

  async function participant(index: number) {
    const who = {
      name: `Người Dự Thi ${index}`,
      phone: `09${String(10_000_000 + index).padStart(8, '0')}`,
      localityCode: communeCodes[index % communeCodes.length],
    }
    const { startQuizAttempt: attempt } = await latency.start.time(() =>
      call(stack, START, { quizId: String(quiz.id), participant: who }),
    )
    const answers = attempt.questions.map((q: { id: string; options: { id: string }[] }) =>
      randomInt(4) === 0
        ? { questionId: q.id, optionIds: [q.options[0]!.id] }
        : { questionId: q.id, optionIds: correct.get(q.id) },
    )
    await latency.submit.time(() => call(stack, SUBMIT, { input: { attemptId: attempt.id, answers } }))
  }

  async function worker() {
    while (next < PARTICIPANTS && Date.now() < deadline) {
      const index = next++
      try {
        await participant(index)
      } catch (error) {
        failed++
        if (firstError.length < 3) firstError.push(String(error))
      }
      done++
      if (done % 100 === 0) console.log(`  ${done}/${PARTICIPANTS} participants done`)
    }
  }

  let reading = true
  async function reader(code: string | null) {
    while (reading && Date.now() < deadline) {
      await latency.leaderboard.time(() => call(stack, BOARD, { quizId: String(quiz.id), code }))
    }
  }

  console.log(`Running ${PARTICIPANTS} participants, ${CONCURRENCY} at a time, with ${READERS} leaderboard readers…`)
  const began = performance.now()
  const readers = Array.from({ length: READERS }, (_, i) => reader([null, '01', communeCodes[0]!][i % 3] ?? null))
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - began) / 1000
  reading = false
  await Promise.all(readers)

  console.log(`\nResults (${seconds.toFixed(1)} s)`)
  console.log(
    `  attempts/s          ${((done - failed) / seconds).toFixed(1)} (${done - failed} started and submitted, ${failed} failed)`,
  )
  for (const [name, l] of Object.entries(latency)) {
    console.log(
      `  ${name.padEnd(12)} n=${String(l.count).padEnd(6)} p50 ${ms(l.percentile(50))}  p99 ${ms(l.percentile(99))}`,
    )
  }
  if (firstError.length > 0) console.log(`  first errors: ${firstError.join(' | ')}`)

  // The final board must match an independent ranking of the stored attempts.
  const { docs: attempts } = await stack.payload.find({
    collection: 'quizAttempts',
    where: { and: [{ quiz: { equals: quiz.id } }, { status: { equals: 'SUBMITTED' } }] },
    pagination: false,
    depth: 1,
  })
  const expected = attempts
    .map((a) => ({
      participant: typeof a.participant === 'object' ? a.participant : null,
      score: a.score ?? 0,
      durationMs: a.durationMs ?? 0,
    }))
    .sort((a, b) => b.score - a.score || a.durationMs - b.durationMs || a.participant!.id - b.participant!.id)
    .slice(0, 100)
    .map((a, i) => ({ rank: i + 1, name: a.participant!.maskedName, score: a.score, durationMs: a.durationMs }))
  const { leaderboard } = await call(stack, BOARD, { quizId: String(quiz.id), code: null })
  const matches = JSON.stringify(leaderboard) === JSON.stringify(expected)
  console.log(
    `  final leaderboard   ${matches ? 'matches' : 'DOES NOT MATCH'} the database (top ${expected.length} of ${attempts.length} attempts)`,
  )
  process.exitCode = matches && failed === 0 && done === PARTICIPANTS ? 0 : 1
} finally {
  await stack.stop()
  if (redis) {
    const keys = await redis.keys(`${prefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    redis.disconnect()
  }
}
