import type { RateLimiterRes } from 'rate-limiter-flexible'
import { rateLimited } from '../errors/errorCodes.ts'
import { sharedBackoff, type BackoffLimit } from './backoffCounter.ts'
import type { LimiterStore } from './sharedLimiter.ts'

/**
 * Waits against guessing the verifier of a code someone knows (a published tracking code, a
 * dossier code on a receipt). Each tier is a backoff, never a flat lock, so a stranger's guesses
 * slow the stranger, not the code's rightful holder.
 */
export type VerifierLimits = {
  /** One client on one code: a few typos, then a wait doubled with each further wrong verifier. */
  perClientAndCode: BackoffLimit
  /** One client across codes (enumerating codes with a likely verifier). */
  perClient: BackoffLimit
  /** One code across clients: a much higher ceiling with short waits against distributed guessing. */
  perCode: BackoffLimit
}

export const DEFAULT_VERIFIER_LIMITS: VerifierLimits = {
  perClientAndCode: { freeAttempts: 5, firstDelaySeconds: 30, maxDelaySeconds: 15 * 60, windowSeconds: 24 * 3600 },
  perClient: { freeAttempts: 30, firstDelaySeconds: 60, maxDelaySeconds: 60 * 60, windowSeconds: 24 * 3600 },
  perCode: { freeAttempts: 100, firstDelaySeconds: 2, maxDelaySeconds: 2 * 60, windowSeconds: 24 * 3600 },
}

const TOO_MANY_WRONG = 'Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.'

export const secondsLeft = (res: RateLimiterRes | null) => Math.max(1, Math.ceil((res?.msBeforeNext ?? 1000) / 1000))

/**
 * The verifier guard both the reports and the dossiers subgraphs use. `store` (Redis) makes the
 * counts hold across every instance of a service; without it they are per process.
 */
export function createVerifierGuard(limits: VerifierLimits = DEFAULT_VERIFIER_LIMITS, store?: LimiterStore) {
  const perClientAndCode = sharedBackoff('verifier:client-code', limits.perClientAndCode, store)
  const perClient = sharedBackoff('verifier:client', limits.perClient, store)
  const perCode = sharedBackoff('verifier:code', limits.perCode, store)
  const pair = (code: string, client: string) => `${client}|${code}`

  return {
    /**
     * Refuses (RATE_LIMITED) before any lookup while this client, or the code itself, must wait.
     * A client asking again before its wait is over counts as wrong once more (the wait doubles);
     * a code's wait is never lengthened by refused attempts, only by wrong verifiers.
     */
    async assertMayVerify(code: string, client: string): Promise<void> {
      const own = Math.max(await perClientAndCode.waitLeft(pair(code, client)), await perClient.waitLeft(client))
      if (own > 0) {
        const [again, across] = await Promise.all([perClientAndCode.fail(pair(code, client)), perClient.fail(client)])
        throw rateLimited(TOO_MANY_WRONG, Math.max(own, again, across))
      }
      const codeWait = await perCode.waitLeft(code)
      if (codeWait > 0) throw rateLimited(TOO_MANY_WRONG, codeWait)
    },

    /** Counts a wrong verifier (or an unknown code: the same) against the client, the pair and the code. */
    async recordWrongVerifier(code: string, client: string): Promise<void> {
      await Promise.all([perClientAndCode.fail(pair(code, client)), perClient.fail(client), perCode.fail(code)])
    },

    /** The right verifier: this client's typos on this code are forgotten. */
    async recordRightVerifier(code: string, client: string): Promise<void> {
      await perClientAndCode.reset(pair(code, client))
    },
  }
}

export type VerifierGuard = ReturnType<typeof createVerifierGuard>
