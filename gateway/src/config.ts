import { fileURLToPath } from 'node:url'
import { ConfigError, loadEnv, portVar, redisUrlVar, urlVar, z } from '@caunoi/platform'
import { DEFAULT_ZALO_GRAPH_URL } from './identity/zaloUser.ts'
import { DEFAULT_SESSION_CHECK_SECONDS } from './identity/payloadSession.ts'
import type { SupergraphSource } from './supergraph/hotReload.ts'
import { DEFAULT_OPERATION_LIMITS, type OperationLimits } from './protection/operationLimits.ts'
import { DEFAULT_METRICS_PORT } from './observability/metricsServer.ts'
import type { SubgraphUrls } from './subgraphs.ts'

/**
 * Where `npm run compose` writes the supergraph: @caunoi/schema's `supergraphPath`, spelled out so
 * that starting the gateway does not load the composition libraries (a test keeps the two equal).
 */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))

/** Large enough for any first-party operation with its variables; uploads do not go through GraphQL. */
export const DEFAULT_MAX_BODY_BYTES = 100_000
export const DEFAULT_MAX_BATCH_SIZE = 10
/** Per minute: a citizen's app makes a few requests per screen; an office behind one NAT makes many. */
export const DEFAULT_RATE_LIMIT = { perIp: 600, perUser: 300, windowSeconds: 60 }

/** `SUBGRAPH_CONTENT_URL` overrides the URL of subgraph "content"; one variable per subgraph. */
const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/

// "localhost:4002" parses as a URL with scheme "localhost:"; only http(s) reaches a subgraph.
const subgraphUrlVar = () => urlVar().regex(/^https?:\/\//i, 'must start with http:// or https://')

export type GatewayConfig = {
  port: number
  host: string
  supergraphPath: string
  /** Overrides of the supergraph's subgraph URLs, keyed by subgraph name (lower case). */
  subgraphUrls: SubgraphUrls
  subgraphTimeoutMs: number
  nodeEnv: 'development' | 'test' | 'production'
  limits: OperationLimits
  maxBodyBytes: number
  maxBatchSize: number
  corsOrigins: string[]
  /** Trust X-Forwarded-For for the client address (only behind a proxy that sets it). */
  trustProxy: boolean
  rateLimit: { perIp: number; perUser: number; windowSeconds: number }
  redisUrl?: string
  /** Verifies Payload users' tokens (the CMS's PAYLOAD_SECRET). */
  payloadSecret?: string
  /** Signs the claims forwarded to subgraphs; shared with them. */
  claimsSecret?: string
  /** First-party operations (Apollo's persisted query manifest format), usable by hash. */
  operationManifestPath?: string
  /** Safelist mode: only the manifest's operations run. */
  safelist: boolean
  /** Signs the platform tokens issued to mini-app citizens. */
  platformTokenSecret?: string
  zalo: { graphUrl: string; appSecret?: string }
  /** Cache public responses (in Redis when REDIS_URL is set). */
  responseCache: boolean
  redisPrefix: string
  /** Authenticates the CMS's invalidation webhook. */
  cacheWebhookSecret?: string
  /** Where a new supergraph is picked up from without a restart; none when reload is off. */
  supergraphSource?: SupergraphSource
  /** The CMS's REST API, asked whether a staff token's session is still open; unchecked when absent. */
  cmsUrl?: string
  sessionCheckSeconds: number
  /** `npm start`'s supervisor status endpoint, read by /health; absent under any other process manager. */
  supervisorStatusUrl?: string
  /** The internal Prometheus listener (never the public port). */
  metrics: { port: number; host: string }
}

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback)
const secretVar = () => z.string().min(32, 'must be at least 32 characters').optional()

/**
 * Reads the gateway's settings. The port is GATEWAY_PORT only, never a generic PORT: `npm start`
 * runs every service from one environment, where a shared PORT would make them collide.
 */
export function readGatewayConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const subgraphUrlShape = Object.fromEntries(
    Object.keys(env)
      .filter((name) => SUBGRAPH_URL_VARIABLE.test(name))
      .map((name) => [name, subgraphUrlVar()]),
  )
  const settings = loadEnv(
    'gateway',
    {
      GATEWAY_PORT: portVar(4000),
      GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
      SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      GATEWAY_MAX_DEPTH: positiveInt(DEFAULT_OPERATION_LIMITS.maxDepth),
      GATEWAY_MAX_ALIASES: positiveInt(DEFAULT_OPERATION_LIMITS.maxAliases),
      GATEWAY_MAX_ROOT_FIELDS: positiveInt(DEFAULT_OPERATION_LIMITS.maxRootFields),
      GATEWAY_MAX_TOKENS: positiveInt(DEFAULT_OPERATION_LIMITS.maxTokens),
      GATEWAY_MAX_DIRECTIVES: positiveInt(DEFAULT_OPERATION_LIMITS.maxDirectives),
      GATEWAY_MAX_COST: positiveInt(DEFAULT_OPERATION_LIMITS.maxCost),
      GATEWAY_MAX_BODY_BYTES: positiveInt(DEFAULT_MAX_BODY_BYTES),
      GATEWAY_MAX_BATCH: positiveInt(DEFAULT_MAX_BATCH_SIZE),
      GATEWAY_CORS_ORIGINS: z.string().default(''),
      GATEWAY_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
      RATE_LIMIT_PER_IP: positiveInt(DEFAULT_RATE_LIMIT.perIp),
      RATE_LIMIT_PER_USER: positiveInt(DEFAULT_RATE_LIMIT.perUser),
      RATE_LIMIT_WINDOW_SECONDS: positiveInt(DEFAULT_RATE_LIMIT.windowSeconds),
      REDIS_URL: redisUrlVar(),
      PAYLOAD_SECRET: z.string().min(1).optional(),
      CLAIMS_SECRET: secretVar(),
      OPERATION_MANIFEST_PATH: z.string().min(1).optional(),
      GATEWAY_SAFELIST: z.enum(['true', 'false']).default('false'),
      PLATFORM_TOKEN_SECRET: secretVar(),
      ZALO_GRAPH_URL: urlVar().default(DEFAULT_ZALO_GRAPH_URL),
      ZALO_APP_SECRET: z.string().min(1).optional(),
      GATEWAY_RESPONSE_CACHE: z.enum(['true', 'false']).default('true'),
      REDIS_PREFIX: z.string().min(1).default('caunoi'),
      SUPERGRAPH_URL: subgraphUrlVar().optional(),
      SUPERGRAPH_RELOAD: z.enum(['true', 'false']).default('true'),
      CACHE_WEBHOOK_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
      CMS_INTERNAL_URL: subgraphUrlVar().optional(),
      GATEWAY_SESSION_CHECK_SECONDS: positiveInt(DEFAULT_SESSION_CHECK_SECONDS),
      SUPERVISOR_STATUS_URL: urlVar()
        .regex(/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?\//i, 'must be a loopback http:// URL')
        .optional(),
      METRICS_PORT: portVar(DEFAULT_METRICS_PORT),
      METRICS_HOST: z.string().min(1).default('127.0.0.1'),
      ...subgraphUrlShape,
    },
    env,
  )
  if (settings.GATEWAY_SAFELIST === 'true' && !settings.OPERATION_MANIFEST_PATH) {
    throw new ConfigError('gateway: GATEWAY_SAFELIST=true needs OPERATION_MANIFEST_PATH (the first-party operations)')
  }
  const subgraphUrls: SubgraphUrls = {}
  for (const name of Object.keys(subgraphUrlShape)) {
    const subgraph = SUBGRAPH_URL_VARIABLE.exec(name)?.[1]
    if (subgraph) subgraphUrls[subgraph.toLowerCase()] = (settings as Record<string, unknown>)[name] as string
  }
  return {
    port: settings.GATEWAY_PORT,
    host: settings.GATEWAY_HOST,
    supergraphPath: settings.SUPERGRAPH_PATH,
    subgraphUrls,
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    nodeEnv: settings.NODE_ENV,
    limits: {
      maxDepth: settings.GATEWAY_MAX_DEPTH,
      maxAliases: settings.GATEWAY_MAX_ALIASES,
      maxRootFields: settings.GATEWAY_MAX_ROOT_FIELDS,
      maxTokens: settings.GATEWAY_MAX_TOKENS,
      maxDirectives: settings.GATEWAY_MAX_DIRECTIVES,
      maxCost: settings.GATEWAY_MAX_COST,
    },
    maxBodyBytes: settings.GATEWAY_MAX_BODY_BYTES,
    maxBatchSize: settings.GATEWAY_MAX_BATCH,
    corsOrigins: settings.GATEWAY_CORS_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    trustProxy: settings.GATEWAY_TRUST_PROXY === 'true',
    rateLimit: {
      perIp: settings.RATE_LIMIT_PER_IP,
      perUser: settings.RATE_LIMIT_PER_USER,
      windowSeconds: settings.RATE_LIMIT_WINDOW_SECONDS,
    },
    redisUrl: settings.REDIS_URL,
    payloadSecret: settings.PAYLOAD_SECRET,
    claimsSecret: settings.CLAIMS_SECRET,
    operationManifestPath: settings.OPERATION_MANIFEST_PATH,
    safelist: settings.GATEWAY_SAFELIST === 'true',
    platformTokenSecret: settings.PLATFORM_TOKEN_SECRET,
    zalo: { graphUrl: settings.ZALO_GRAPH_URL, appSecret: settings.ZALO_APP_SECRET },
    responseCache: settings.GATEWAY_RESPONSE_CACHE === 'true',
    redisPrefix: settings.REDIS_PREFIX,
    cacheWebhookSecret: settings.CACHE_WEBHOOK_SECRET,
    supergraphSource:
      settings.SUPERGRAPH_RELOAD === 'false'
        ? undefined
        : settings.SUPERGRAPH_URL
          ? { kind: 'url', url: settings.SUPERGRAPH_URL }
          : { kind: 'file', path: settings.SUPERGRAPH_PATH },
    cmsUrl: settings.CMS_INTERNAL_URL,
    sessionCheckSeconds: settings.GATEWAY_SESSION_CHECK_SECONDS,
    supervisorStatusUrl: settings.SUPERVISOR_STATUS_URL,
    metrics: { port: settings.METRICS_PORT, host: settings.METRICS_HOST },
  }
}
