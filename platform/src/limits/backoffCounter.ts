import { RateLimiterRes } from 'rate-limiter-flexible'
import { sharedLimiter, type LimiterStore } from './sharedLimiter.ts'

/**
 * How failures under one key are slowed down: the first `freeAttempts` cost nothing, each one
 * after starts a wait of `firstDelaySeconds`, doubled with every further failure up to
 * `maxDelaySeconds`. Counts are forgotten `windowSeconds` after the first failure.
 */
export type BackoffLimit = {
  freeAttempts: number
  firstDelaySeconds: number
  maxDelaySeconds: number
  windowSeconds: number
}

// The failure counter itself never refuses: refusing is the wait's job.
const UNCOUNTED = 1_000_000_000

/** The wait the `failures`-th failure starts under `limit`, in seconds (0: still free). */
export function backoffDelaySeconds(limit: BackoffLimit, failures: number): number {
  const beyond = failures - limit.freeAttempts
  if (beyond <= 0) return 0
  return Math.min(limit.maxDelaySeconds, limit.firstDelaySeconds * 2 ** Math.min(beyond - 1, 30))
}

const secondsOf = (res: RateLimiterRes | null) => (res ? Math.max(1, Math.ceil(res.msBeforeNext / 1000)) : 0)

/**
 * Failures per key with growing waits (a backoff rather than a lock), shared through Redis when a
 * store is given, else counted in this process. The wait is its own key, so it ends on its own.
 */
export function sharedBackoff(name: string, limit: BackoffLimit, store?: LimiterStore) {
  const failures = sharedLimiter(`${name}:failures`, { points: UNCOUNTED, durationSeconds: limit.windowSeconds }, store)
  const waits = sharedLimiter(`${name}:wait`, { points: 1, durationSeconds: limit.maxDelaySeconds }, store)

  return {
    /** Seconds `key` must still wait before its next attempt (0: it may try now). */
    async waitLeft(key: string): Promise<number> {
      const res = await waits.get(key).catch(() => null)
      return res && res.msBeforeNext > 0 ? secondsOf(res) : 0
    },

    /** Counts a failure of `key`; returns the wait it starts (0 while the free attempts last). */
    async fail(key: string): Promise<number> {
      const res = await failures.consume(key).catch((e: unknown) => (e instanceof RateLimiterRes ? e : null))
      const delay = backoffDelaySeconds(limit, res?.consumedPoints ?? limit.freeAttempts + 1)
      if (delay > 0) await waits.block(key, delay).catch(() => null)
      return delay
    },

    /** Forgets `key`'s failures and wait (a success proved the key is its rightful user). */
    async reset(key: string): Promise<void> {
      await Promise.all([failures.delete(key).catch(() => null), waits.delete(key).catch(() => null)])
    },
  }
}

export type SharedBackoff = ReturnType<typeof sharedBackoff>
