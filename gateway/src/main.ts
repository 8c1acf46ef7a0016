// `npm start -w @caunoi/gateway`: the public GraphQL endpoint as its own process.
import { createLogger, runService } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { readGatewayConfig } from './config.ts'
import { readOperationManifest } from './persisted/manifest.ts'
import { fetchSupergraph, readSupergraphFile } from './readSupergraphFile.ts'
import { startGateway } from './startGateway.ts'

const logger = createLogger('gateway')
await runService(logger, async () => {
  const config = readGatewayConfig()
  const supergraphSdl =
    config.supergraphSource?.kind === 'url'
      ? await fetchSupergraph(config.supergraphSource.url)
      : readSupergraphFile(config.supergraphPath)
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false }) : undefined
  if (config.payloadSecret && !config.cmsUrl) {
    logger.warn('CMS_INTERNAL_URL is not set: a logged-out staff token is accepted until it expires')
  }
  if (!config.claimsSecret) {
    logger.warn(
      'CLAIMS_SECRET is not set: subgraphs learn neither who is signed in nor the client address (all clients share one verifier limit)',
    )
  }
  logger.info(
    {
      supergraph: config.supergraphPath,
      store: redis ? 'redis' : 'memory',
      responseCache: config.responseCache,
      safelist: config.safelist,
    },
    'serving supergraph',
  )
  const running = await startGateway({
    port: config.port,
    host: config.host,
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    production: config.nodeEnv === 'production',
    limits: config.limits,
    maxBodyBytes: config.maxBodyBytes,
    maxBatchSize: config.maxBatchSize,
    corsOrigins: config.corsOrigins,
    trustProxy: config.trustProxy,
    rateLimit: config.rateLimit,
    redis,
    payloadSecret: config.payloadSecret,
    cmsUrl: config.cmsUrl,
    sessionCheckSeconds: config.sessionCheckSeconds,
    claimsSecret: config.claimsSecret,
    operationManifest: config.operationManifestPath ? readOperationManifest(config.operationManifestPath) : undefined,
    safelist: config.safelist,
    platformTokenSecret: config.platformTokenSecret,
    zalo: config.zalo,
    responseCache: config.responseCache,
    redisPrefix: config.redisPrefix,
    cacheWebhookSecret: config.cacheWebhookSecret,
    supergraphSource: config.supergraphSource,
    supervisorStatusUrl: config.supervisorStatusUrl,
    metricsPort: config.metrics.port,
    metricsHost: config.metrics.host,
    logger,
  })
  logger.info({ metrics: running.metricsUrl }, 'Prometheus metrics on the internal listener')
  return {
    url: running.url,
    stop: async () => {
      await running.stop()
      redis?.disconnect()
    },
  }
})
