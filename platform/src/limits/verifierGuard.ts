import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible'
import { rateLimited } from '../errors/errorCodes.ts'
import { sharedLimiter, type AttemptLimit, type LimiterStore } from './sharedLimiter.ts'

export type VerifierLimits = {
  /** Wrong verifiers allowed per looked-up code (a dossier, a report), whoever sends them. */
  wrongVerifiersPerCode: AttemptLimit
  /** Wrong verifiers allowed per client, whatever codes it tries. */
  wrongVerifiersPerClient: AttemptLimit
}

export const DEFAULT_VERIFIER_LIMITS: VerifierLimits = {
  wrongVerifiersPerCode: { points: 10, durationSeconds: 15 * 60 },
  wrongVerifiersPerClient: { points: 30, durationSeconds: 15 * 60 },
}

const TOO_MANY_WRONG = 'Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.'

export const secondsLeft = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000))

/**
 * Counters against guessing the verifier of a code someone knows (a published tracking code, a
 * dossier code on a receipt): once a code or a client has used up its wrong attempts, even the
 * right verifier is refused until the window passes. `store` (Redis) makes the counts hold across
 * every instance of the service; without it they are per process.
 */
export function createVerifierGuard(limits: VerifierLimits = DEFAULT_VERIFIER_LIMITS, store?: LimiterStore) {
  const perCode = sharedLimiter('verifier:code', limits.wrongVerifiersPerCode, store)
  const perClient = sharedLimiter('verifier:client', limits.wrongVerifiersPerClient, store)

  async function exhausted(counter: RateLimiterAbstract, key: string, points: number) {
    const res = await counter.get(key)
    return res && res.consumedPoints >= points ? res : null
  }

  return {
    /** Refuses (RATE_LIMITED) before any lookup when the code or the client has no attempts left. */
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
  }
}

export type VerifierGuard = ReturnType<typeof createVerifierGuard>
