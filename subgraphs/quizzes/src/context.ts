import type { Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { Clock } from './domain/clock.ts'
import type { KeyedLock } from './domain/keyedLock.ts'
import type { LeaderboardStore } from './domain/leaderboard/leaderboardStore.ts'
import type { QuizKeys } from './domain/quizKeys.ts'
import { createQuizzesLoaders, type QuizzesLoaders } from './loaders.ts'

/**
 * Who the gateway says the caller is. Until the gateway passes verified claims (issue 5) this is
 * always empty; a verified Zalo user will then take quizzes without name and phone.
 */
export type VerifiedIdentity = { zaloUserId: string | null }

/** What lives as long as the server: keys, the leaderboard store, locks and the clock. */
export type QuizzesServices = {
  payload: Payload
  keys: QuizKeys
  logger: Logger
  leaderboard: LeaderboardStore
  submissionLock: KeyedLock
  now: Clock
}

export type QuizzesContext = QuizzesServices & { loaders: QuizzesLoaders; identity: VerifiedIdentity }

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createQuizzesContext(
  services: QuizzesServices,
  identity: VerifiedIdentity = { zaloUserId: null },
): QuizzesContext {
  return { ...services, identity, loaders: createQuizzesLoaders(services.payload) }
}
