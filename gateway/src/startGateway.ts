import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache'
import { CACHE_INVALIDATION_PATH, serveGraphQL, type Logger, type RunningServer } from '@caunoi/platform'
import type { Redis } from 'ioredis'
import { DEFAULT_MAX_BATCH_SIZE, DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT } from './config.ts'
import { memoryContentGeneration, redisContentGeneration } from './cache/contentGeneration.ts'
import { invalidationRoute } from './cache/invalidationRoute.ts'
import { redisKeyValueCache } from './cache/redisKeyValueCache.ts'
import { createGateway, DEFAULT_SUBGRAPH_TIMEOUT_MS, type CreateGatewayOptions } from './createGateway.ts'
import { FORWARDED_PREFIXES, restRoutes } from './forward/restRoutes.ts'
import { DEFAULT_HEALTH_TIMEOUT_MS, healthRoute } from './health.ts'
import { cors } from './http/cors.ts'
import { securityHeaders } from './http/securityHeaders.ts'
import { createAuthenticator } from './identity/authenticate.ts'
import { IDENTITY_SUBGRAPH } from './identity/identitySubgraph.ts'
import { authentication } from './identity/authentication.ts'
import { createSessionCheck } from './identity/payloadSession.ts'
import { createGatewayMetrics } from './observability/gatewayMetrics.ts'
import { serveMetrics } from './observability/metricsServer.ts'
import { readyRoute } from './observability/routes.ts'
import { createRateLimiters, type RateLimitSettings } from './rateLimit/limiters.ts'
import { clientIp } from './rateLimit/clientIp.ts'
import { rateLimit } from './rateLimit/rateLimit.ts'
import { requestIdOf } from './requestId.ts'
import { listSubgraphs } from './subgraphs.ts'
import { fetchSupervisorStatus } from './supervisorStatus.ts'

export type StartGatewayOptions = Omit<CreateGatewayOptions, 'metrics' | 'responseCache' | 'persistedQueryStore'> & {
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
  /** Shared by gateway instances: rate-limit counters, persisted queries, cached responses; memory when absent. */
  redis?: Redis
  /** Verifies Payload users' tokens; without it any token is refused. */
  payloadSecret?: string
  /** The CMS's REST API (CMS_INTERNAL_URL): staff tokens of ended sessions are refused. */
  cmsUrl?: string
  /** How long the CMS's answer about a session is trusted. */
  sessionCheckSeconds?: number
  /** Cache public responses (in Redis when `redis` is given, else in memory). */
  responseCache?: boolean
  /** Prefix of every Redis key and channel the gateway uses; tests use one per run. */
  redisPrefix?: string
  /** Secret of the CMS's invalidation webhook; without it the webhook is off. */
  cacheWebhookSecret?: string
  /** Where `npm start`'s supervisor tells which service is restarting; /health probes alone without it. */
  supervisorStatusUrl?: string
  /** Port of the separate Prometheus listener (0 picks a free one); no metrics listener when absent. */
  metricsPort?: number
  /** Its address: loopback unless an operator's scraper needs another interface. */
  metricsHost?: string
}

export type RunningGateway = RunningServer & {
  /** GET here for Prometheus metrics, when a metrics port was given. */
  metricsUrl?: string
}

/** Enough for thousands of public answers; the LRU drops the least used beyond it. */
const MEMORY_CACHE_BYTES = 64 * 1024 * 1024
export const DEFAULT_REDIS_PREFIX = 'caunoi'

/**
 * Starts the gateway on node:http: GraphQL at /graphql, subgraph health at GET /health, readiness
 * at GET /ready; Prometheus metrics at GET /metrics on a second, internal listener. Before any
 * request reaches GraphQL: security headers, CORS, token verification, then rate limits.
 */
export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  // The identity subgraph runs inside this process: there is nothing to probe.
  const probed = (supergraphSdl: string) =>
    listSubgraphs(supergraphSdl, options.subgraphUrls).filter((subgraph) => subgraph.name !== IDENTITY_SUBGRAPH)
  let subgraphs = probed(options.supergraphSdl)
  const production = options.production ?? process.env.NODE_ENV === 'production'
  const metrics = createGatewayMetrics()
  const authenticate = createAuthenticator({
    ...options,
    sessionCheck: options.cmsUrl
      ? createSessionCheck({
          cmsUrl: options.cmsUrl,
          cacheSeconds: options.sessionCheckSeconds,
          logger: options.logger,
        })
      : undefined,
  })
  const redisPrefix = options.redisPrefix ?? DEFAULT_REDIS_PREFIX
  const limiters = createRateLimiters(
    { ...DEFAULT_RATE_LIMIT, keyPrefix: `${redisPrefix}:gateway:rate`, ...options.rateLimit },
    options.redis,
  )
  const generation = options.redis
    ? await redisContentGeneration(options.redis, redisPrefix, options.logger)
    : memoryContentGeneration()
  const cache = options.redis
    ? redisKeyValueCache(options.redis, `${redisPrefix}:gateway:response:`)
    : new InMemoryLRUCache<string>({ maxSize: MEMORY_CACHE_BYTES })
  const trustProxy = options.trustProxy ?? false
  const supervisorStatusUrl = options.supervisorStatusUrl
  let ready = false

  const running = await serveGraphQL({
    server: createGateway({
      ...options,
      production,
      metrics,
      responseCache: options.responseCache ? { cache, generation } : undefined,
      persistedQueryStore: options.redis ? redisKeyValueCache(options.redis, `${redisPrefix}:gateway:`) : undefined,
      onSupergraph: (supergraphSdl) => {
        try {
          subgraphs = probed(supergraphSdl)
        } catch (error) {
          options.logger.error(
            { err: error },
            'cannot list the subgraphs of the new supergraph; /health keeps the old list',
          )
        }
      },
    }),
    // The address the rate limits count (X-Forwarded-For only behind a trusted proxy), signed for each subgraph call.
    context: async (req) => ({
      requestId: requestIdOf(req),
      clientAddress: clientIp(req, trustProxy),
      identity: await authenticate(req),
    }),
    logger: options.logger,
    port: options.port,
    host: options.host,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    maxBatchSize: options.maxBatchSize ?? DEFAULT_MAX_BATCH_SIZE,
    etags: true,
    middleware: [
      securityHeaders(production),
      cors(options.corsOrigins ?? []),
      authentication(authenticate),
      rateLimit({
        limiters,
        authenticate,
        trustProxy,
        paths: ['/graphql', ...FORWARDED_PREFIXES],
        onRefused: metrics.countRateLimitRefusal,
      }),
    ],
    routes: {
      '/health': healthRoute(
        () => subgraphs,
        options.healthTimeoutMs ?? DEFAULT_HEALTH_TIMEOUT_MS,
        supervisorStatusUrl ? () => fetchSupervisorStatus(supervisorStatusUrl) : undefined,
      ),
      '/ready': readyRoute(() => ready),
      // Subgraphs' own HTTP endpoints (Open311): the gateway stays the only public door.
      ...restRoutes(subgraphs, {
        timeoutMs: options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS,
        logger: options.logger,
        authenticate,
        claimsSecret: options.claimsSecret,
        trustProxy,
      }),
    },
    postRoutes: options.cacheWebhookSecret
      ? { [CACHE_INVALIDATION_PATH]: invalidationRoute(generation, options.cacheWebhookSecret, options.logger) }
      : {},
  })
  let metricsServer
  try {
    metricsServer =
      options.metricsPort === undefined
        ? undefined
        : await serveMetrics(metrics, options.metricsPort, options.metricsHost)
  } catch (error) {
    await running.stop()
    await generation.stop()
    throw error
  }
  ready = true
  return {
    ...running,
    metricsUrl: metricsServer?.url,
    stop: async () => {
      ready = false
      await metricsServer?.stop()
      await running.stop()
      await generation.stop()
    },
  }
}
