import type { Redis } from 'ioredis'
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible'

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

/**
 * Counters shared by every gateway instance when Redis is configured; if Redis fails, each instance
 * falls back to counting in its own memory rather than letting everything through or refusing all.
 */
export function createRateLimiters(settings: RateLimitSettings, redis?: Redis): RateLimiters {
  const build = (name: string, points: number): RateLimiterAbstract => {
    const options = { points, duration: settings.windowSeconds, keyPrefix: `${settings.keyPrefix}:${name}` }
    if (!redis) return new RateLimiterMemory(options)
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
  }
  return {
    byIp: build('ip', settings.perIp),
    byUser: build('user', settings.perUser),
    store: redis ? 'redis' : 'memory',
  }
}
