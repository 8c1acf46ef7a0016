import { timingSafeEqual } from 'node:crypto'
import { CACHE_WEBHOOK_SECRET_HEADER, sendJson, type Logger, type RouteHandler } from '@caunoi/platform'
import type { ContentGeneration } from './contentGeneration.ts'

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/**
 * POST /cache/invalidate: the CMS's webhook after a publish, when there is no Redis to announce it.
 * Only the CMS knows the secret, so nobody else can empty the cache to load the subgraphs.
 */
export function invalidationRoute(generation: ContentGeneration, secret: string, logger: Logger): RouteHandler {
  return async (req, res) => {
    if (!sameSecret(req.headers[CACHE_WEBHOOK_SECRET_HEADER], secret)) {
      return sendJson(res, 401, { error: 'unauthorized' })
    }
    await generation.advance()
    logger.info({ generation: generation.current() }, 'published content changed: cached responses invalidated')
    res.writeHead(204).end()
  }
}
