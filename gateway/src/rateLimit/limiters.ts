import { sharedLimiter } from '@caunoi/platform'
import type { Redis } from 'ioredis'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'

export type RateLimitSettings = {
  /** Requests per window from one client address. */
  perIp: number
  /** Requests per window from one signed-in user, wherever they come from. */
  perUser: number
  windowSeconds: number
  /** Keys in Redis start with this; tests use one per run. */
  keyPrefix: string
}

export type RateLimiters = { byIp: RateLimiterAbstract; byUser: RateLimiterAbstract; store: 'redis' | 'memory' }

/** Requests per client address and per user, shared by every gateway instance when Redis is configured. */
export function createRateLimiters(settings: RateLimitSettings, redis?: Redis): RateLimiters {
  const store = redis ? { redis, keyPrefix: settings.keyPrefix } : undefined
  const build = (name: string, points: number) =>
    sharedLimiter(name, { points, durationSeconds: settings.windowSeconds }, store)
  return {
    byIp: build('ip', settings.perIp),
    byUser: build('user', settings.perUser),
    store: redis ? 'redis' : 'memory',
  }
}
