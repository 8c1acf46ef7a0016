import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server'
import { isTracing, operationOnSpan, type Logger } from '@caunoi/platform'
import type { KeyValueCache } from '@apollo/utils.keyvaluecache'
import type { ContentGeneration } from './cache/contentGeneration.ts'
import { privateWhenSignedIn } from './cache/privateWhenSignedIn.ts'
import { responseCache } from './cache/responseCache.ts'
import { createGatewayErrorFormatter } from './formatGatewayError.ts'
import { IDENTITY_SUBGRAPH, identityDataSource } from './identity/identitySubgraph.ts'
import { DEFAULT_ZALO_GRAPH_URL, type ZaloSettings } from './identity/zaloUser.ts'
import type { GatewayMetrics } from './observability/gatewayMetrics.ts'
import { metricsPlugin } from './observability/metricsPlugin.ts'
import type { OperationManifest } from './persisted/manifest.ts'
import { PERSISTED_QUERY_TTL_SECONDS, persistedQueryCache } from './persisted/persistedQueryCache.ts'
import { safelistPlugin } from './persisted/safelist.ts'
import { armorProtection } from './protection/armor.ts'
import { costLimitPlugin, type FieldCosts } from './protection/costLimit.ts'
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './protection/operationLimits.ts'
import { maxRootFieldsRule } from './protection/rootFieldLimit.ts'
import { unknownOperation } from './protection/unknownOperation.ts'
import { echoRequestId, type GatewayContext } from './requestId.ts'
import { SubgraphDataSource } from './SubgraphDataSource.ts'
import type { BreakerSettings } from './resilience/circuitBreaker.ts'
import type { RetrySettings } from './resilience/queryRetries.ts'
import { hotReloadingSupergraph, type SupergraphSource } from './supergraph/hotReload.ts'
import { listSubgraphs, overrideFor, unmatchedOverrides, type SubgraphUrls } from './subgraphs.ts'

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000
export const DEFAULT_RELOAD_INTERVAL_MS = 2_000

export type CreateGatewayOptions = {
  /** The composed supergraph (schema/supergraph.graphql): served as is, never fetched by introspection. */
  supergraphSdl: string
  /** Per-subgraph URL overrides by name, e.g. `{ content: 'http://content:4001/graphql' }`. */
  subgraphUrls?: SubgraphUrls
  logger: Logger
  /** Production hides the schema: no introspection, no field suggestions. Defaults to NODE_ENV. */
  production?: boolean
  /** Defaults to on everywhere but production. */
  introspection?: boolean
  subgraphTimeoutMs?: number
  limits?: OperationLimits
  fieldCosts?: FieldCosts
  /** Operations of the first-party clients; with `safelist`, the only ones that run. */
  operationManifest?: OperationManifest
  safelist?: boolean
  /** Signs verified claims for the subgraphs (CLAIMS_SECRET). */
  claimsSecret?: string
  metrics?: GatewayMetrics
  /** Zalo's Graph API for the mini-app token exchange. */
  zalo?: ZaloSettings
  /** Signs the platform tokens the exchange issues (PLATFORM_TOKEN_SECRET). */
  platformTokenSecret?: string
  /** Watch this file or URL and swap in a valid new supergraph without a restart. */
  supergraphSource?: SupergraphSource
  reloadIntervalMs?: number
  breaker?: BreakerSettings
  retries?: RetrySettings
  /** Caches public responses; off when absent. */
  responseCache?: { cache: KeyValueCache<string>; generation: ContentGeneration }
  /** Where automatic persisted queries are registered; in this process's memory when absent. */
  persistedQueryStore?: KeyValueCache<string>
  /** Told the supergraph Apollo Gateway serves: the first one, then each hot-reloaded one. */
  onSupergraph?: (supergraphSdl: string) => void
}

/** The public GraphQL server: Apollo Gateway executing query plans over the subgraphs. */
export function createGateway(options: CreateGatewayOptions): ApolloServer<GatewayContext> {
  const { supergraphSdl, subgraphUrls = {}, logger, metrics } = options
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS
  const production = options.production ?? process.env.NODE_ENV === 'production'
  const limits = options.limits ?? DEFAULT_OPERATION_LIMITS

  const subgraphs = listSubgraphs(supergraphSdl, subgraphUrls)
  const unmatched = unmatchedOverrides(subgraphs, subgraphUrls)
  if (unmatched.length > 0) {
    logger.warn({ unmatched }, 'subgraph URL overrides name no subgraph of the supergraph; check the variable names')
  }

  // Apollo Gateway otherwise probes cloud metadata addresses and exports usage data to Apollo's
  // servers from every process: a public-security gateway must not call out on its own. An operator
  // can still opt in by setting APOLLO_TELEMETRY_DISABLED=false.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true'
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSource
      ? hotReloadingSupergraph(
          options.supergraphSource,
          supergraphSdl,
          options.reloadIntervalMs ?? DEFAULT_RELOAD_INTERVAL_MS,
          logger,
          metrics?.countSupergraphReload,
        )
      : supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name, url }) =>
      name === IDENTITY_SUBGRAPH
        ? identityDataSource({
            zalo: options.zalo ?? { graphUrl: DEFAULT_ZALO_GRAPH_URL },
            platformTokenSecret: options.platformTokenSecret,
          })
        : new SubgraphDataSource({
            name,
            // Looked up per build, so a subgraph that a hot reload adds gets its override too.
            url: overrideFor(name, subgraphUrls) ?? url ?? '',
            timeoutMs,
            logger,
            claimsSecret: options.claimsSecret,
            onCall: metrics?.observeSubgraphCall,
            onShared: metrics?.countSharedSubgraphCall,
            onBreakerState: metrics?.setCircuitState,
            breaker: options.breaker,
            retries: options.retries,
          }),
  })

  if (options.onSupergraph) {
    const onSupergraph = options.onSupergraph
    gateway.onSchemaLoadOrUpdate(({ coreSupergraphSdl }) => onSupergraph(coreSupergraphSdl))
  }

  const armor = armorProtection(limits, production)
  const plugins: ApolloServerPlugin<GatewayContext>[] = [
    echoRequestId,
    unknownOperation as ApolloServerPlugin<GatewayContext>,
    ...(armor.plugins as ApolloServerPlugin<GatewayContext>[]),
    costLimitPlugin(limits.maxCost, options.fieldCosts),
  ]
  if (options.safelist) {
    if (!options.operationManifest) throw new Error('safelist mode needs an operation manifest')
    plugins.push(safelistPlugin(options.operationManifest))
  }
  if (metrics) plugins.push(metricsPlugin(metrics))
  if (isTracing()) plugins.push(operationOnSpan<GatewayContext>())
  plugins.push(privateWhenSignedIn)
  if (options.responseCache) {
    plugins.push(...responseCache(options.responseCache.cache, options.responseCache.generation, metrics))
  }

  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createGatewayErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? !production,
    // Batches are allowed but bounded by the HTTP layer (GATEWAY_MAX_BATCH) before any operation runs.
    allowBatchedHttpRequests: true,
    csrfPrevention: true,
    parseOptions: { maxTokens: limits.maxTokens },
    validationRules: [...armor.validationRules, maxRootFieldsRule(limits.maxRootFields)],
    persistedQueries: {
      cache: persistedQueryCache(options.operationManifest ?? new Map(), options.persistedQueryStore, (error) =>
        logger.warn({ err: error }, 'persisted query store unavailable; asking the client for the full query'),
      ),
      ttl: PERSISTED_QUERY_TTL_SECONDS,
    },
    plugins,
  })
}
