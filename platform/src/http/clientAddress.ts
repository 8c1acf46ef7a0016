import type { IncomingMessage } from 'node:http'

/** The header the gateway sets on subgraph calls with the address of the client it serves. */
export const CLIENT_ADDRESS_HEADER = 'x-forwarded-for'

/**
 * Who a request comes from, for rate limits: the first address the gateway forwarded, else the
 * peer's. Subgraphs are reachable only from the gateway, which is why the header can be trusted.
 */
export function clientAddressOf(req: Pick<IncomingMessage, 'headers' | 'socket'>): string {
  const forwarded = req.headers[CLIENT_ADDRESS_HEADER]
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return first || req.socket?.remoteAddress || 'unknown'
}
