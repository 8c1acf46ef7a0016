import { request, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http'
import type { ServerResponse } from 'node:http'
import { pipeline } from 'node:stream'
import { CLAIMS_HEADER, clientGone, signClaims, type Logger, type RouteHandler } from '@caunoi/platform'
import type { Authenticator } from '../identity/authenticate.ts'
import { clientIp } from '../rateLimit/clientIp.ts'
import { REQUEST_ID_HEADER, requestIdOf } from '../requestId.ts'

export type ForwardOptions = {
  /** Subgraph name, for logs and as the audience of the claims signed for it. */
  subgraph: string
  /** Where the subgraph listens (its GraphQL URL; only the origin is used). */
  subgraphUrl: string
  timeoutMs: number
  logger: Logger
  authenticate: Authenticator
  /** Signs the call's claims (client address, identity), exactly as for GraphQL calls. */
  claimsSecret?: string
  trustProxy: boolean
  /** The answer when the subgraph cannot be reached or does not answer in time, in the route's own format. */
  unavailable: (res: ServerResponse, status: 502 | 504) => void
}

// What a REST client may tell the subgraph; cookies and tokens stay here (claims replace them).
const REQUEST_HEADERS = ['content-type', 'content-length', 'accept', 'accept-language', 'idempotency-key']
const RESPONSE_HEADERS = ['content-type', 'content-length', 'cache-control', 'allow', 'retry-after', 'etag']

function pick(headers: IncomingHttpHeaders, names: string[]): OutgoingHttpHeaders {
  return Object.fromEntries(names.filter((name) => headers[name] !== undefined).map((name) => [name, headers[name]]))
}

/**
 * Forwards a plain HTTP request (method, path, query, streamed body) to a subgraph's own route,
 * with the same request id and signed claims (client address, identity) a GraphQL call would carry, so the
 * subgraph's rules and per-client limits see the real caller.
 */
export function forwardToSubgraph(options: ForwardOptions): RouteHandler {
  const origin = new URL(options.subgraphUrl).origin
  return async (req, res) => {
    const identity = await options.authenticate(req)
    const requestId = requestIdOf(req)
    const headers: OutgoingHttpHeaders = { ...pick(req.headers, REQUEST_HEADERS), [REQUEST_ID_HEADER]: requestId }
    if (options.claimsSecret) {
      const envelope = { audience: options.subgraph, clientAddress: clientIp(req, options.trustProxy), identity }
      headers[CLAIMS_HEADER] = signClaims(envelope, options.claimsSecret)
    }

    // Gone while its credentials were checked: there is nothing to forward.
    if (clientGone(req)) return
    await new Promise<void>((resolve) => {
      const about = { subgraph: options.subgraph, requestId }
      const upstream = request(new URL(req.url ?? '/', origin), { method: req.method, headers })
      const timer = setTimeout(() => upstream.destroy(new ForwardTimeout()), options.timeoutMs)
      res.once('close', () => {
        clearTimeout(timer)
        // The client went away (mid-upload, or before the whole answer): stop the subgraph waiting for the rest.
        if (!res.writableFinished) upstream.destroy(new ClientGone())
        resolve()
      })
      upstream.on('response', (answer) => {
        res.writeHead(answer.statusCode ?? 502, {
          ...pick(answer.headers, RESPONSE_HEADERS),
          [REQUEST_ID_HEADER]: requestId,
        })
        // An answer cut off mid-body (the subgraph died) must reach the client cut off, not as if complete.
        pipeline(answer, res, (error) => {
          clearTimeout(timer)
          if (error && !(error instanceof ClientGone) && !clientGone(req)) {
            options.logger.warn({ ...about, reason: error.message }, 'forwarded answer cut short')
          }
        })
      })
      upstream.on('error', (error) => {
        clearTimeout(timer)
        req.unpipe(upstream)
        if (error instanceof ClientGone) {
          options.logger.warn(about, 'client went away during a forwarded request')
          return
        }
        options.logger.warn(
          { ...about, reason: error.message, code: (error as { code?: unknown }).code },
          'forwarded request failed',
        )
        // Once the answer has started, its own pipeline ends or cuts the response.
        if (res.headersSent) return
        // The rest of the client's body is dropped, never taken for a next request on the connection.
        req.resume()
        res.setHeader('connection', 'close')
        options.unavailable(res, error instanceof ForwardTimeout ? 504 : 502)
      })
      req.pipe(upstream)
    })
  }
}

/** The client closed its connection; the subgraph's request is abandoned with it. */
class ClientGone extends Error {
  override name = 'ClientGone'
}

class ForwardTimeout extends Error {
  override name = 'ForwardTimeout'
}
