import { serveGraphQL, type Logger, type RunningServer } from '@caunoi/platform'
import type { Redis } from 'ioredis'
import { DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT } from './config.ts'
import { createGateway, type CreateGatewayOptions } from './createGateway.ts'
import { DEFAULT_HEALTH_TIMEOUT_MS, healthRoute } from './health.ts'
import { cors } from './http/cors.ts'
import { securityHeaders } from './http/securityHeaders.ts'
import { createAuthenticator } from './identity/authenticate.ts'
import { IDENTITY_SUBGRAPH } from './identity/identitySubgraph.ts'
import { authentication } from './identity/authentication.ts'
import { createGatewayMetrics } from './observability/gatewayMetrics.ts'
import { metricsRoute, readyRoute } from './observability/routes.ts'
import { createRateLimiters, type RateLimitSettings } from './rateLimit/limiters.ts'
import { rateLimit } from './rateLimit/rateLimit.ts'
import { requestIdOf } from './requestId.ts'
import { listSubgraphs } from './subgraphs.ts'

export type StartGatewayOptions = Omit<CreateGatewayOptions, 'metrics'> & {
  /** 0 picks a free port (tests). */
  port: number
  host?: string
  logger: Logger
  healthTimeoutMs?: number
  maxBodyBytes?: number
  maxBatchSize?: number
  corsOrigins?: string[]
  trustProxy?: boolean
  rateLimit?: Partial<RateLimitSettings>
  /** Rate-limit counters shared across gateway instances; memory when absent. */
  redis?: Redis
  /** Verifies Payload users' tokens; without it any token is refused. */
  payloadSecret?: string
}

/**
 * Starts the gateway on node:http: GraphQL at /graphql, subgraph health at GET /health, readiness
 * at GET /ready, Prometheus metrics at GET /metrics. Before any request reaches GraphQL: security
 * headers, CORS, token verification, then rate limits.
 */
export async function startGateway(options: StartGatewayOptions): Promise<RunningServer> {
  // The identity subgraph runs inside this process: there is nothing to probe.
  const subgraphs = listSubgraphs(options.supergraphSdl, options.subgraphUrls).filter(
    (subgraph) => subgraph.name !== IDENTITY_SUBGRAPH,
  )
  const production = options.production ?? process.env.NODE_ENV === 'production'
  const metrics = createGatewayMetrics()
  const authenticate = createAuthenticator(options)
  const limiters = createRateLimiters(
    { ...DEFAULT_RATE_LIMIT, keyPrefix: 'caunoi:gateway:rate', ...options.rateLimit },
    options.redis,
  )
  let ready = false

  const running = await serveGraphQL({
    server: createGateway({ ...options, production, metrics }),
    context: async (req) => ({ requestId: requestIdOf(req), identity: await authenticate(req) }),
    logger: options.logger,
    port: options.port,
    host: options.host,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxBatchSize: options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
    middleware: [
      securityHeaders(production),
      cors(options.corsOrigins ?? []),
      authentication(authenticate),
      rateLimit({
        limiters,
        authenticate,
        trustProxy: options.trustProxy ?? false,
        onRefused: metrics.countRateLimitRefusal,
      }),
    ],
    routes: {
      '/health': healthRoute(subgraphs, options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS),
      '/ready': readyRoute(() => ready),
      '/metrics': metricsRoute(metrics),
    },
  })
  ready = true
  return {
    ...running,
    stop: async () => {
      ready = false
      await running.stop()
    },
  }
}
