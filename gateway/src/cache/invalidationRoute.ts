import { timingSafeEqual } from 'node:crypto'
import {
  CACHE_WEBHOOK_SECRET_HEADER,
  lingerOnUnreadBody,
  readBody,
  sendJson,
  type Logger,
  type RouteHandler,
} from '@caunoi/platform'
import type { ContentGeneration } from './contentGeneration.ts'

function sameSecret(given: string | string[] | undefined, expected: string): boolean {
  if (typeof given !== 'string') return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The CMS sends `{ collection, id }`; anything much larger is not its webhook. */
const MAX_EVENT_BYTES = 16 * 1024

/**
 * POST /cache/invalidate: the CMS's webhook after a publish, when there is no Redis to announce it.
 * Only the CMS knows the secret, so nobody else can empty the cache to load the subgraphs.
 */
export function invalidationRoute(generation: ContentGeneration, secret: string, logger: Logger): RouteHandler {
  return async (req, res) => {
    if (!sameSecret(req.headers[CACHE_WEBHOOK_SECRET_HEADER], secret)) {
      lingerOnUnreadBody(req, res)
      return sendJson(res, 401, { error: 'unauthorized' })
    }
    // Acted on only once the whole delivery has arrived: one cut short is refused (400) and retried.
    await readBody(req, MAX_EVENT_BYTES)
    await generation.advance()
    logger.info({ generation: generation.current() }, 'published content changed: cached responses invalidated')
    res.writeHead(204).end()
  }
}
