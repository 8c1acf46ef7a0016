import { ErrorCode, sendGraphQLError, type RequestMiddleware } from '@caunoi/platform'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { Authenticator } from '../identity/authenticate.ts'
import { clientIp } from './clientIp.ts'
import type { RateLimiters } from './limiters.ts'

export type RateLimitOptions = {
  limiters: RateLimiters
  authenticate: Authenticator
  trustProxy: boolean
  /** Path prefixes that count; /graphql only by default. */
  paths?: string[]
  /** Counts refusals for /metrics. */
  onRefused?: (scope: 'ip' | 'user') => void
}

/** Seconds until `limiter` lets `key` through again, or undefined if this request may go ahead. */
async function refusalFor(limiter: RateLimiterAbstract, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key)
    return undefined
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000))
    throw rejection
  }
}

/**
 * Counts GraphQL (and forwarded REST) requests per client address and, for signed-in callers, per user; over either
 * limit the caller gets 429 with `Retry-After` and `extensions.retryAfterSeconds`. Runs before the
 * body is read, so a flood costs the gateway as little as possible.
 */
export function rateLimit({
  limiters,
  authenticate,
  trustProxy,
  paths = ['/graphql'],
  onRefused,
}: RateLimitOptions): RequestMiddleware {
  return async (req, res) => {
    if (!paths.some((path) => req.url?.startsWith(path)) || req.method === 'OPTIONS') return false
    const identity = await authenticate(req)
    const checks: ['ip' | 'user', number | undefined][] = [
      ['ip', await refusalFor(limiters.byIp, clientIp(req, trustProxy))],
    ]
    if (identity) checks.push(['user', await refusalFor(limiters.byUser, identity.userId)])
    const refused = checks.find(([, retryAfter]) => retryAfter !== undefined)
    if (!refused) return false
    const [scope, retryAfterSeconds] = refused
    onRefused?.(scope)
    res.setHeader('retry-after', String(retryAfterSeconds))
    sendGraphQLError(
      res,
      429,
      `Bạn gửi quá nhiều yêu cầu; vui lòng thử lại sau ${retryAfterSeconds} giây.`,
      ErrorCode.RateLimited,
      {
        retryAfterSeconds,
        scope,
      },
    )
    return true
  }
}
