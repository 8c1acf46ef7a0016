import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import { startGateway, type RunningGateway, type StartGatewayOptions } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { staffToken, TEST_PAYLOAD_SECRET } from './support/tokens.ts'

const QUERY = { query: '{ locality(code: "01") { name } }' }
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

function rateLimitSuite(store: 'memory' | 'redis') {
  describe(`rate limits in ${store}`, () => {
    let stack: TestStack
    let redis: Redis | undefined
    const keyPrefix = `caunoi-test:${randomBytes(6).toString('hex')}`
    const gateways: RunningGateway[] = []

    const start = async (overrides: Partial<StartGatewayOptions> = {}) => {
      const gateway = await startGateway({
        port: 0,
        metricsPort: 0,
        supergraphSdl: stack.supergraphSdl,
        logger: quietLogger(),
        payloadSecret: TEST_PAYLOAD_SECRET,
        redis,
        ...overrides,
        rateLimit: { keyPrefix: `${keyPrefix}:${gateways.length}`, windowSeconds: 60, ...overrides.rateLimit },
      })
      gateways.push(gateway)
      return gateway
    }

    beforeAll(async () => {
      stack = await startTestStack()
      if (store === 'redis') redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })
    })

    afterAll(async () => {
      await Promise.all(gateways.map((gateway) => gateway.stop()))
      await stack?.stop()
      if (redis) {
        const keys = await redis.keys(`${keyPrefix}*`)
        if (keys.length > 0) await redis.del(...keys)
        redis.disconnect()
      }
    })

    it('refuses a client address over its limit with 429, RATE_LIMITED and a retry hint', async () => {
      const gateway = await start({ rateLimit: { perIp: 3 } })
      for (let i = 0; i < 3; i++) expect((await postGraphQL(gateway.url, QUERY)).status).toBe(200)

      const refused = await postGraphQL(gateway.url, QUERY)
      expect(refused.status).toBe(429)
      const retryAfter = Number(refused.headers.get('retry-after'))
      expect(retryAfter).toBeGreaterThanOrEqual(1)
      expect(retryAfter).toBeLessThanOrEqual(60)
      expect(refused.body.errors?.[0]?.extensions).toEqual({
        code: 'RATE_LIMITED',
        retryAfterSeconds: retryAfter,
        scope: 'ip',
      })
      expect(refused.body.errors?.[0]?.message).toContain('quá nhiều yêu cầu')

      const metrics = await (await fetch(gateway.metricsUrl!)).text()
      expect(metrics).toContain('gateway_rate_limit_refusals_total{scope="ip"} 1')
    })

    it('counts each signed-in user separately, wherever they call from', async () => {
      const gateway = await start({ rateLimit: { perIp: 100, perUser: 2 } })
      const [first, second] = await Promise.all([staffToken({ id: 41 }), staffToken({ id: 42 })])
      const as = (token: string) => postGraphQL(gateway.url, QUERY, { authorization: `Bearer ${token}` })

      expect((await as(first)).status).toBe(200)
      expect((await as(first)).status).toBe(200)
      const refused = await as(first)
      expect(refused.status).toBe(429)
      expect(refused.body.errors?.[0]?.extensions?.scope).toBe('user')
      expect((await as(second)).status).toBe(200)
      expect((await postGraphQL(gateway.url, QUERY)).status).toBe(200)
    })

    if (store === 'redis') {
      it('shares the count between gateway instances through Redis', async () => {
        const sharedPrefix = `${keyPrefix}:shared`
        const one = await start({ rateLimit: { perIp: 2, keyPrefix: sharedPrefix } })
        const two = await start({ rateLimit: { perIp: 2, keyPrefix: sharedPrefix } })
        // start() gives each instance its own prefix unless told otherwise; these two share one.
        expect((await postGraphQL(one.url, QUERY)).status).toBe(200)
        expect((await postGraphQL(two.url, QUERY)).status).toBe(200)
        expect((await postGraphQL(one.url, QUERY)).status).toBe(429)
        expect(await redis!.keys(`${sharedPrefix}:ip*`)).not.toHaveLength(0)
      })
    }
  })
}

rateLimitSuite('memory')
rateLimitSuite('redis')
