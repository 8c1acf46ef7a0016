import type { IncomingMessage } from 'node:http'

/**
 * The caller's address. Behind a trusted proxy (GATEWAY_TRUST_PROXY) it is the left-most address of
 * X-Forwarded-For; otherwise the header is ignored, since anyone can send it to dodge the limit.
 */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for']
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
    if (first) return first
  }
  return req.socket.remoteAddress ?? 'unknown'
}
