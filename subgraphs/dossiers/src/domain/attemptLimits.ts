import {
  createVerifierGuard,
  DEFAULT_VERIFIER_LIMITS,
  rateLimited,
  secondsLeft,
  sharedLimiter,
  type AttemptLimit,
  type LimiterStore,
  type VerifierLimits,
} from '@caunoi/platform'
import { RateLimiterRes } from 'rate-limiter-flexible'

export type AttemptLimits = VerifierLimits & {
  /** Anonymous visit ratings allowed per client. */
  visitRatingsPerClient: AttemptLimit
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = {
  ...DEFAULT_VERIFIER_LIMITS,
  visitRatingsPerClient: { points: 5, durationSeconds: 60 * 60 },
}

const TOO_MANY_VISITS = 'Bạn đã gửi quá nhiều đánh giá; vui lòng thử lại sau.'

/**
 * Counters against guessing verifiers (the platform's verifier guard) and flooding anonymous
 * ratings: in Redis when a store is given, shared by every instance; else per process.
 */
export function createAttemptGuard(limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS, store?: LimiterStore) {
  const visits = sharedLimiter('ratings:client', limits.visitRatingsPerClient, store)
  return {
    ...createVerifierGuard(limits, store),

    /** Counts an anonymous visit rating; throws RATE_LIMITED once the client's allowance is spent. */
    async consumeVisitRating(client: string): Promise<void> {
      try {
        await visits.consume(client)
      } catch (error) {
        if (error instanceof RateLimiterRes) throw rateLimited(TOO_MANY_VISITS, secondsLeft(error))
        throw error
      }
    },
  }
}

export type AttemptGuard = ReturnType<typeof createAttemptGuard>
