import { rateLimited } from '@caunoi/platform'
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

export type Limit = { points: number; durationSeconds: number }

export type AttemptLimits = {
  /** Wrong verifiers allowed per dossier code, whoever sends them. */
  wrongVerifiersPerCode: Limit
  /** Wrong verifiers allowed per client, whatever codes it tries. */
  wrongVerifiersPerClient: Limit
  /** Anonymous visit ratings allowed per client. */
  visitRatingsPerClient: Limit
}

export const DEFAULT_ATTEMPT_LIMITS: AttemptLimits = {
  wrongVerifiersPerCode: { points: 10, durationSeconds: 15 * 60 },
  wrongVerifiersPerClient: { points: 30, durationSeconds: 15 * 60 },
  visitRatingsPerClient: { points: 5, durationSeconds: 60 * 60 },
}

const TOO_MANY_WRONG = 'Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.'
const TOO_MANY_VISITS = 'Bạn đã gửi quá nhiều đánh giá; vui lòng thử lại sau.'

const limiter = (limit: Limit) => new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds })

const secondsLeft = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000))

/**
 * Counters against guessing verifiers and flooding anonymous ratings. In memory, per process:
 * enough for one subgraph instance; several instances need a shared store (Redis) instead.
 */
export function createAttemptGuard(limits: AttemptLimits = DEFAULT_ATTEMPT_LIMITS) {
  const perCode = limiter(limits.wrongVerifiersPerCode)
  const perClient = limiter(limits.wrongVerifiersPerClient)
  const visits = limiter(limits.visitRatingsPerClient)

  async function exhausted(store: RateLimiterMemory, key: string, points: number) {
    const res = await store.get(key)
    return res && res.consumedPoints >= points ? res : null
  }

  return {
    /** Refuses before any lookup when the code or the client has used up its wrong attempts. */
    async assertMayVerify(code: string, client: string): Promise<void> {
      const blocked =
        (await exhausted(perCode, code, limits.wrongVerifiersPerCode.points)) ??
        (await exhausted(perClient, client, limits.wrongVerifiersPerClient.points))
      if (blocked) throw rateLimited(TOO_MANY_WRONG, secondsLeft(blocked))
    },

    /** Counts a wrong verifier (or unknown code) against both the code and the client. */
    async recordWrongVerifier(code: string, client: string): Promise<void> {
      await Promise.all([perCode.consume(code).catch(() => null), perClient.consume(client).catch(() => null)])
    },

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
