import type { RequestMiddleware } from '@caunoi/platform'

/**
 * Headers for an API that serves JSON only: nothing may frame, sniff or embed it. HSTS only in
 * production, where TLS terminates in front of the gateway; on a developer's http://localhost it
 * would pin the browser to https.
 */
export function securityHeaders(production: boolean): RequestMiddleware {
  return (_req, res) => {
    res.setHeader('x-content-type-options', 'nosniff')
    res.setHeader('x-frame-options', 'DENY')
    res.setHeader('referrer-policy', 'no-referrer')
    res.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'")
    res.setHeader('cross-origin-opener-policy', 'same-origin')
    if (production) res.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains')
    return false
  }
}
