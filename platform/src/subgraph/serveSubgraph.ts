import type { ApolloServer, BaseContext } from '@apollo/server'
import type { Logger } from 'pino'
import { serveGraphQL, type RouteHandler, type RunningServer } from '../http/serveGraphQL.ts'

/** Where a subgraph listens; port 0 picks a free port (tests). */
export type SubgraphListenOptions = { logger: Logger; port: number; host?: string }

/** Serves a subgraph built by its package, with a fresh context (and loaders) per request. */
export function serveSubgraph<TContext extends BaseContext>(
  subgraph: { server: ApolloServer<TContext>; createContext: () => TContext; routes?: Record<string, RouteHandler> },
  options: SubgraphListenOptions,
): Promise<RunningServer> {
  return serveGraphQL({
    server: subgraph.server,
    context: async () => subgraph.createContext(),
    logger: options.logger,
    port: options.port,
    host: options.host,
    routes: subgraph.routes,
  })
}
