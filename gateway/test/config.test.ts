import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '@caunoi/platform'
import { supergraphPath } from '@caunoi/schema'
import { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig } from '../src/index.ts'

describe('readGatewayConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readGatewayConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: {},
      subgraphTimeoutMs: 10_000,
      nodeEnv: 'development',
      limits: { maxDepth: 10, maxAliases: 15, maxRootFields: 10, maxTokens: 2_000, maxDirectives: 20, maxCost: 5_000 },
      maxBodyBytes: 100_000,
      maxBatchSize: 10,
      corsOrigins: [],
      trustProxy: false,
      rateLimit: { perIp: 600, perUser: 300, windowSeconds: 60 },
      redisUrl: undefined,
      payloadSecret: undefined,
      claimsSecret: undefined,
      operationManifestPath: undefined,
      safelist: false,
      platformTokenSecret: undefined,
      zalo: { graphUrl: 'https://graph.zalo.me', appSecret: undefined },
      responseCache: true,
      redisPrefix: 'caunoi',
      cacheWebhookSecret: undefined,
      supergraphSource: { kind: 'file', path: DEFAULT_SUPERGRAPH_PATH },
      cmsUrl: undefined,
      sessionCheckSeconds: 5,
      supervisorStatusUrl: undefined,
      metrics: { port: 9464, host: '127.0.0.1' },
    })
  })

  it("reads the metrics listener and npm start's status URL, which must stay on loopback", () => {
    const config = readGatewayConfig({
      METRICS_PORT: '9100',
      METRICS_HOST: '10.0.0.5',
      SUPERVISOR_STATUS_URL: 'http://127.0.0.1:41234/',
    })
    expect(config).toMatchObject({
      metrics: { port: 9100, host: '10.0.0.5' },
      supervisorStatusUrl: 'http://127.0.0.1:41234/',
    })
    expect(() => readGatewayConfig({ SUPERVISOR_STATUS_URL: 'http://status.example.com/' })).toThrow(
      /SUPERVISOR_STATUS_URL/,
    )
    expect(() => readGatewayConfig({ METRICS_PORT: 'nine' })).toThrow(/METRICS_PORT/)
  })

  it('reads where staff sessions are checked, and refuses a CMS_INTERNAL_URL that is not a URL', () => {
    const config = readGatewayConfig({ CMS_INTERNAL_URL: 'http://cms:3000', GATEWAY_SESSION_CHECK_SECONDS: '2' })
    expect(config).toMatchObject({ cmsUrl: 'http://cms:3000', sessionCheckSeconds: 2 })
    expect(() => readGatewayConfig({ CMS_INTERNAL_URL: 'cms:3000' })).toThrow(/CMS_INTERNAL_URL/)
    expect(() => readGatewayConfig({ GATEWAY_SESSION_CHECK_SECONDS: '0' })).toThrow(/GATEWAY_SESSION_CHECK_SECONDS/)
  })

  it('reads limits, CORS origins, rate limits and secrets from their variables', () => {
    const config = readGatewayConfig({
      GATEWAY_MAX_DEPTH: '6',
      GATEWAY_MAX_COST: '900',
      GATEWAY_MAX_BODY_BYTES: '2048',
      GATEWAY_MAX_BATCH: '3',
      GATEWAY_CORS_ORIGINS: 'https://congan.hanoi.gov.vn, https://h5.zdn.vn',
      RATE_LIMIT_PER_IP: '5',
      REDIS_URL: 'redis://127.0.0.1:6379/3',
      CLAIMS_SECRET: 'x'.repeat(32),
    })

    expect(config.limits).toMatchObject({ maxDepth: 6, maxCost: 900 })
    expect(config.maxBodyBytes).toBe(2048)
    expect(config.maxBatchSize).toBe(3)
    expect(config.corsOrigins).toEqual(['https://congan.hanoi.gov.vn', 'https://h5.zdn.vn'])
    expect(config.rateLimit.perIp).toBe(5)
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379/3')
  })

  it('refuses a short CLAIMS_SECRET and a safelist without a manifest, naming the variable', () => {
    expect(() => readGatewayConfig({ CLAIMS_SECRET: 'short' })).toThrow(/CLAIMS_SECRET/)
    expect(() => readGatewayConfig({ GATEWAY_SAFELIST: 'true' })).toThrow(/OPERATION_MANIFEST_PATH/)
    expect(() => readGatewayConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/)
  })

  it('defaults to the supergraph the schema package composes', () => {
    expect(DEFAULT_SUPERGRAPH_PATH).toBe(supergraphPath)
  })

  it('reads one URL override per subgraph from SUBGRAPH_<NAME>_URL', () => {
    const config = readGatewayConfig({
      GATEWAY_PORT: '0',
      SUBGRAPH_CONTENT_URL: 'http://content.internal:4001/graphql',
      SUBGRAPH_PARTNER_EDU_URL: 'https://edu.example.vn/graphql',
    })

    expect(config.port).toBe(0)
    expect(config.subgraphUrls).toEqual({
      content: 'http://content.internal:4001/graphql',
      partner_edu: 'https://edu.example.vn/graphql',
    })
  })

  it('ignores a generic PORT, which other services would share', () => {
    expect(readGatewayConfig({ PORT: '8080' }).port).toBe(4000)
  })

  it('names the variable that holds a malformed URL', () => {
    expect(() => readGatewayConfig({ SUBGRAPH_REPORTS_URL: 'localhost:4002' })).toThrow(ConfigError)
    expect(() => readGatewayConfig({ SUBGRAPH_REPORTS_URL: 'localhost:4002' })).toThrow(/SUBGRAPH_REPORTS_URL/)
  })

  it('names GATEWAY_PORT when it is not a port', () => {
    expect(() => readGatewayConfig({ GATEWAY_PORT: 'bốn nghìn' })).toThrow(/GATEWAY_PORT/)
  })

  it('names NODE_ENV when it is not a known environment', () => {
    expect(() => readGatewayConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/)
  })
})
