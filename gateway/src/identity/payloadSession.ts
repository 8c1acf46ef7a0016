import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache'
import type { Logger } from '@caunoi/platform'

/** How long an answer of the CMS is trusted: a logout takes effect at the gateway within this. */
export const DEFAULT_SESSION_CHECK_SECONDS = 5
const CMS_TIMEOUT_MS = 2_000

export type SessionCheckSettings = {
  /** Where the gateway reaches the CMS's REST API (CMS_INTERNAL_URL), e.g. http://cms:3000. */
  cmsUrl: string
  cacheSeconds?: number
  logger: Logger
}

/** Whether the session a staff token names (its `sid`) is still open in the CMS. */
export type SessionCheck = (token: string, userId: string, sessionId: string) => Promise<boolean>

/**
 * Payload 3 keeps each login as a session on the user and ends it at logout, but the JWT itself
 * stays valid until it expires. The CMS is asked (GET /api/users/me with the token: Payload checks
 * the session) at most once per session per `cacheSeconds`; concurrent requests share one call.
 * A CMS that cannot answer refuses the token (not remembered), rather than let a closed session in.
 */
export function createSessionCheck({
  cmsUrl,
  cacheSeconds = DEFAULT_SESSION_CHECK_SECONDS,
  logger,
}: SessionCheckSettings): SessionCheck {
  const meUrl = new URL('/api/users/me', cmsUrl).toString()
  const answers = new InMemoryLRUCache<boolean>({ maxSize: 100_000, sizeCalculation: () => 1 })
  const asking = new Map<string, Promise<boolean>>()

  async function askCms(token: string, userId: string): Promise<boolean> {
    const response = await fetch(meUrl, {
      headers: { authorization: `JWT ${token}`, accept: 'application/json' },
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    })
    if (!response.ok) throw new Error(`${meUrl} answered HTTP ${response.status}`)
    const body = (await response.json()) as { user?: { id?: unknown } | null }
    return body.user?.id !== undefined && String(body.user.id) === userId
  }

  return async (token, userId, sessionId) => {
    const key = `${userId}:${sessionId}`
    const known = await answers.get(key)
    if (known !== undefined) return known
    let pending = asking.get(key)
    if (!pending) {
      pending = askCms(token, userId)
        .then(async (open) => {
          await answers.set(key, open, { ttl: cacheSeconds })
          return open
        })
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'cannot check a staff session with the CMS; refusing the token')
          return false
        })
        .finally(() => asking.delete(key))
      asking.set(key, pending)
    }
    return pending
  }
}
