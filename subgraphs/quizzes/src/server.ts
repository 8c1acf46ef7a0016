import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type Logger,
  type SubgraphListenOptions,
} from '@caunoi/platform'
import type { Redis } from 'ioredis'
import type { Payload } from 'payload'
import { createQuizzesContext, type QuizzesContext, type QuizzesServices, type VerifiedIdentity } from './context.ts'
import { systemClock, type Clock } from './domain/clock.ts'
import { createKeyedLock } from './domain/keyedLock.ts'
import { createDatabaseLeaderboard } from './domain/leaderboard/databaseLeaderboard.ts'
import { createRedisLeaderboard } from './domain/leaderboard/redisLeaderboard.ts'
import { deriveQuizKeys } from './domain/quizKeys.ts'
import { resolvers } from './resolvers/index.ts'

/** Its name in the supergraph: the gateway signs each call's claims for it. */
export const QUIZZES_SUBGRAPH = 'quizzes'

export const quizzesTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export type QuizzesSubgraphOptions = {
  payload: Payload
  logger: Logger
  /** Leaderboards in Redis when given, in the database otherwise. */
  redis?: Redis
  redisKeyPrefix?: string
  now?: Clock
}

export function createQuizzesSubgraph({
  payload,
  logger,
  redis,
  redisKeyPrefix = 'caunoi:',
  now,
}: QuizzesSubgraphOptions) {
  const database = createDatabaseLeaderboard(payload)
  const services: QuizzesServices = {
    payload,
    logger,
    keys: deriveQuizKeys(payload.config.secret),
    leaderboard: redis ? createRedisLeaderboard(redis, redisKeyPrefix, database, logger) : database,
    submissionLock: createKeyedLock(),
    now: now ?? systemClock,
  }
  const server = createSubgraphServer<QuizzesContext>({
    name: QUIZZES_SUBGRAPH,
    typeDefs: quizzesTypeDefs,
    resolvers,
    logger,
  })
  return {
    name: QUIZZES_SUBGRAPH,
    server,
    services,
    createContext: (identity?: VerifiedIdentity): QuizzesContext => createQuizzesContext(services, identity),
  }
}

export function startQuizzesSubgraph(options: SubgraphListenOptions & QuizzesSubgraphOptions) {
  const subgraph = createQuizzesSubgraph(options)
  return serveSubgraph(
    { name: subgraph.name, server: subgraph.server, createContext: () => subgraph.createContext() },
    options,
  )
}
