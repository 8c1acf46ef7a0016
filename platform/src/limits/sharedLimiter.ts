import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

export type AttemptLimit = { points: number; durationSeconds: number }

/** Where a service keeps its counters: in Redis when configured, so every instance shares them. */
export type LimiterStore = { redis: Redis; keyPrefix: string }

/**
 * A counter of `limit.points` per window, named so that its keys never mix with another's. Shared
 * by every instance through Redis when a store is given; if Redis fails, each instance falls back
 * to counting in its own memory rather than letting everything through or refusing all.
 */
export function sharedLimiter(name: string, limit: AttemptLimit, store?: LimiterStore): RateLimiterAbstract {
  const options = { points: limit.points, duration: limit.durationSeconds, keyPrefix: name }
  if (!store) return new RateLimiterMemory(options)
  return new RateLimiterRedis({
    ...options,
    keyPrefix: `${store.keyPrefix}:${name}`,
    storeClient: store.redis,
    insuranceLimiter: new RateLimiterMemory(options),
  })
}
