import { createLogger } from '@caunoi/platform'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import type { VerifiedIdentity } from '../src/context.ts'
import { createQuizzesSubgraph } from '../src/server.ts'

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }

/** A clock the test moves by hand. */
export function fakeClock(start: string) {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set: (iso: string) => (current = new Date(iso)),
    advance: (ms: number) => (current = new Date(current.getTime() + ms)),
  }
}

export const START = /* GraphQL */ `
  mutation Start($quizId: ID!, $participant: ParticipantInput) {
    startQuizAttempt(quizId: $quizId, participant: $participant) {
      id
      number
      startedAt
      deadline
      questions {
        id
        text
        multipleAnswers
        options {
          id
          text
        }
      }
    }
  }
`

export const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitQuizAttemptInput!) {
    submitQuizAttempt(input: $input) {
      score
      maxScore
      passed
      durationMs
      attempt {
        id
      }
      review {
        questionId
        chosenOptionIds
        correctOptionIds
        correct
        explanation
      }
    }
  }
`

export type StartedAttempt = {
  id: string
  number: number
  startedAt: string
  deadline: string
  questions: { id: string; text: string; multipleAnswers: boolean; options: { id: string; text: string }[] }[]
}

export type SubmitResult = {
  score: number
  maxScore: number
  passed: boolean
  durationMs: number
  review: {
    questionId: string
    chosenOptionIds: string[]
    correctOptionIds: string[]
    correct: boolean
    explanation: string
  }[]
}

/** Runs operations against the quizzes subgraph in-process, as the gateway would send them. */
export async function quizzesExecutor(
  payload: Payload,
  options: { now?: () => Date; redis?: Redis; redisKeyPrefix?: string } = {},
) {
  const subgraph = createQuizzesSubgraph({ payload, logger: createLogger('test-quizzes'), ...options })
  await subgraph.server.start()
  async function run<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    identity?: VerifiedIdentity,
  ): Promise<GraphQLResult<T>> {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      { contextValue: subgraph.createContext(identity) },
    )
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response')
    // Serialised as over HTTP, so scalars look as a client sees them.
    return JSON.parse(JSON.stringify(response.body.singleResult)) as GraphQLResult<T>
  }
  return {
    run,
    services: subgraph.services,
    start: (quizId: string | number, participant?: Record<string, unknown> | null, identity?: VerifiedIdentity) =>
      run<{ startQuizAttempt: StartedAttempt }>(START, { quizId: String(quizId), participant }, identity),
    submit: (attemptId: string, answers: { questionId: string; optionIds: string[] }[]) =>
      run<{ submitQuizAttempt: SubmitResult }>(SUBMIT, { input: { attemptId, answers } }),
    stop: () => subgraph.server.stop(),
  }
}

export type QuizzesExecutor = Awaited<ReturnType<typeof quizzesExecutor>>
