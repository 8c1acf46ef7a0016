import type { IncomingMessage } from 'node:http'
import type { ApolloServer, BaseContext } from '@apollo/server'
import type { Logger } from 'pino'
import { serveGraphQL, sendGraphQLError, type RouteHandler, type RunningServer } from '../http/serveGraphQL.ts'
import { ErrorCode } from '../errors/errorCodes.ts'
import { InvalidClaimsError } from '../identity/signedClaims.ts'
import { admitCaller, callerOf, type Caller } from './callerOf.ts'

/** Where a subgraph listens; port 0 picks a free port (tests). */
export type SubgraphListenOptions = {
  logger: Logger
  port: number
  host?: string
  /** The secret shared with the gateway (CLAIMS_SECRET); without it every claims header is refused. */
  claimsSecret?: string
}

/** What a subgraph's context learns about a request: its client, and the caller if the gateway vouched for them. */
export type SubgraphRequest = { req: IncomingMessage } & Caller

/** Serves a subgraph built by its package, with a fresh context (and loaders) per request. */
export function serveSubgraph<TContext extends BaseContext>(
  subgraph: {
    /** Its name in the supergraph: the audience of the claims the gateway signs for it. */
    name: string
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
    context: async (req) => subgraph.createContext({ req, ...callerOf(req) }),
    logger: options.logger,
    port: options.port,
    host: options.host,
    postRoutes: subgraph.postRoutes,
    middleware: [
      // Before any route or GraphQL: every request is admitted (or refused) once, here.
      (req, res) => {
        try {
          admitCaller(req, options.claimsSecret, subgraph.name)
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
