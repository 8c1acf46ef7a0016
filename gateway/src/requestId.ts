import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { ApolloServerPlugin } from '@apollo/server'
import type { VerifiedClaims } from '@caunoi/platform'

export const REQUEST_ID_HEADER = 'x-request-id'

/** Per request: its id, the client's address (for subgraphs' per-client limits) and, once their token is verified, who the caller is. */
export type GatewayContext = { requestId: string; clientAddress: string; identity?: VerifiedClaims }

/** A caller's id is kept only if it is short and plain, so it cannot inject anything into logs or headers. */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/

/** Every request carries one id from the client (or a new one) through every subgraph call and log line. */
export function requestIdOf(req: IncomingMessage): string {
  const incoming = req.headers[REQUEST_ID_HEADER]
  const candidate = Array.isArray(incoming) ? incoming[0] : incoming
  return candidate && ACCEPTABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID()
}

/** Echoes the request id in the response, so a citizen's bug report can be matched to the logs. */
export const echoRequestId: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, contextValue }) {
        response.http.headers.set(REQUEST_ID_HEADER, contextValue.requestId)
      },
    }
  },
}
