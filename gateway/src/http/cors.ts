import type { RequestMiddleware } from '@caunoi/platform'

const ALLOWED_METHODS = 'GET, POST, OPTIONS'
// Apollo's CSRF prevention accepts a GET only with one of these (or a JSON content type).
const ALLOWED_HEADERS = 'content-type, authorization, x-request-id, apollo-require-preflight, x-apollo-operation-name'
const PREFLIGHT_MAX_AGE_SECONDS = '600'

/**
 * CORS for the configured origins only (GATEWAY_CORS_ORIGINS): the provincial portals and the
 * mini app's web view. Other origins get no CORS headers, so browsers keep their pages from
 * reading the answers; a preflight from them is refused outright.
 */
export function cors(allowedOrigins: readonly string[]): RequestMiddleware {
  const allowed = new Set(allowedOrigins)
  return (req, res) => {
    const origin = req.headers.origin
    const preflight = req.method === 'OPTIONS'
    res.setHeader('vary', 'Origin')
    if (origin && allowed.has(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-allow-credentials', 'true')
      res.setHeader('access-control-expose-headers', 'x-request-id, retry-after, etag')
    }
    if (!preflight) return false
    if (!origin || !allowed.has(origin)) {
      res.writeHead(403).end()
      return true
    }
    res.writeHead(204, {
      'access-control-allow-methods': ALLOWED_METHODS,
      'access-control-allow-headers': ALLOWED_HEADERS,
      'access-control-max-age': PREFLIGHT_MAX_AGE_SECONDS,
    })
    res.end()
    return true
  }
}
