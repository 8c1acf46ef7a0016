import type { IncomingMessage } from 'node:http'
import type { ApolloServer, BaseContext } from '@apollo/server'
import type { Logger } from 'pino'
import { serveGraphQL, sendGraphQLError, type RouteHandler, type RunningServer } from '../http/serveGraphQL.ts'
import { ErrorCode } from '../errors/errorCodes.ts'
import { CLAIMS_HEADER, InvalidClaimsError, verifyClaims, type VerifiedClaims } from '../identity/signedClaims.ts'

/** Where a subgraph listens; port 0 picks a free port (tests). */
export type SubgraphListenOptions = {
  logger: Logger
  port: number
  host?: string
  /** The secret shared with the gateway (CLAIMS_SECRET); without it every claims header is refused. */
  claimsSecret?: string
}

/** What a subgraph's context learns about a request: the caller, only if the gateway vouched for them. */
export type SubgraphRequest = { req: IncomingMessage; identity?: VerifiedClaims }

/**
 * The caller's identity from the gateway's signed claims header. A header that is present but not
 * validly signed (forged, tampered, expired, or no secret configured) is an error, never anonymous:
 * a request sent straight to a subgraph cannot claim to be someone.
 */
export function identityOf(req: IncomingMessage, claimsSecret: string | undefined): VerifiedClaims | undefined {
  const header = req.headers[CLAIMS_HEADER]
  if (header === undefined) return undefined
  if (!claimsSecret || typeof header !== 'string') throw new InvalidClaimsError('claims cannot be verified')
  return verifyClaims(header, claimsSecret)
}

/** Serves a subgraph built by its package, with a fresh context (and loaders) per request. */
export function serveSubgraph<TContext extends BaseContext>(
  subgraph: {
    server: ApolloServer<TContext>
    createContext: (request: SubgraphRequest) => TContext
    /** Non-GraphQL POST endpoints of the subgraph's process, keyed by path. */
    postRoutes?: Record<string, RouteHandler>
    /** Extra routes keyed by "METHOD /path" or a GET path. */
    routes?: Record<string, RouteHandler>
  },
  options: SubgraphListenOptions,
): Promise<RunningServer> {
  return serveGraphQL({
    server: subgraph.server,
    context: async (req) => subgraph.createContext({ req, identity: identityOf(req, options.claimsSecret) }),
    logger: options.logger,
    port: options.port,
    host: options.host,
    postRoutes: subgraph.postRoutes,
    middleware: [
      (req, res) => {
        try {
          identityOf(req, options.claimsSecret)
          return false
        } catch (error) {
          if (!(error instanceof InvalidClaimsError)) throw error
          options.logger.warn({ reason: error.message }, 'refused a request with unverifiable claims')
          sendGraphQLError(res, 401, 'Thông tin xác thực không hợp lệ.', ErrorCode.Unauthenticated)
          return true
        }
      },
    ],
    routes: subgraph.routes,
    // Subgraphs answer the gateway: their spans join the gateway's trace.
    continueCallerTrace: true,
  })
}
