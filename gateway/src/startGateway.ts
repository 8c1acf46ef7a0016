import { serveGraphQL, type Logger, type RunningServer } from '@caunoi/platform'
import { createGateway, type CreateGatewayOptions } from './createGateway.ts'
import { DEFAULT_HEALTH_TIMEOUT_MS, healthRoute } from './health.ts'
import { requestIdOf } from './requestId.ts'
import { listSubgraphs } from './subgraphs.ts'

export type StartGatewayOptions = CreateGatewayOptions & {
  /** 0 picks a free port (tests). */
  port: number
  host?: string
  logger: Logger
  healthTimeoutMs?: number
}

/** Starts the gateway on node:http: GraphQL at /graphql, subgraph health at GET /health. */
export async function startGateway(options: StartGatewayOptions): Promise<RunningServer> {
  const subgraphs = listSubgraphs(options.supergraphSdl, options.subgraphUrls)
  return serveGraphQL({
    server: createGateway(options),
    // The peer's address, not a client-sent X-Forwarded-For: the gateway is the public edge.
    context: async (req) => ({ requestId: requestIdOf(req), clientAddress: req.socket.remoteAddress }),
    logger: options.logger,
    port: options.port,
    host: options.host,
    routes: { '/health': healthRoute(subgraphs, options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS) },
  })
}
