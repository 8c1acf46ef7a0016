import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { announceContentPublished, CACHE_WEBHOOK_SECRET_HEADER } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { staffToken, TEST_PAYLOAD_SECRET } from './support/tokens.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const WEBHOOK_SECRET = 'cms-webhook-secret-for-tests-0123456789'
const HOME = 'query Home($code: ID!) { locality(code: $code) { name reportStats { received } } }'

function responseCacheSuite(store: 'memory' | 'redis') {
  describe(`response cache in ${store}`, () => {
    let stack: TestStack
    let gateway: RunningGateway
    let redis: Redis | undefined
    const redisPrefix = `caunoi-test-${randomBytes(6).toString('hex')}`

    beforeAll(async () => {
      stack = await startTestStack()
      if (store === 'redis') redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })
      gateway = await startGateway({
        port: 0,
        metricsPort: 0,
        supergraphSdl: stack.supergraphSdl,
        logger: quietLogger(),
        responseCache: true,
        redis,
        redisPrefix,
        payloadSecret: TEST_PAYLOAD_SECRET,
        cacheWebhookSecret: WEBHOOK_SECRET,
      })
    })

    afterAll(async () => {
      await gateway?.stop()
      await stack?.stop()
      if (redis) {
        const keys = await redis.keys(`${redisPrefix}*`)
        if (keys.length > 0) await redis.del(...keys)
        redis.disconnect()
      }
    })

    /** Subgraph calls made while running `action`: zero means the answer came from the cache. */
    async function contentCallsDuring(action: () => Promise<unknown>): Promise<number> {
      const before = stack.content.requestIds.length
      await action()
      return stack.content.requestIds.length - before
    }

    const home = (code: string, headers: Record<string, string> = {}) =>
      postGraphQL(gateway.url, { query: HOME, variables: { code } }, headers)

    it('answers a repeated public query from the cache, for the shortest max-age of the subgraphs involved', async () => {
      let first!: Awaited<ReturnType<typeof home>>
      expect(await contentCallsDuring(async () => (first = await home('01')))).toBe(1)
      expect(first.headers.get('cache-control')).toBe('max-age=60, public')

      let second!: Awaited<ReturnType<typeof home>>
      expect(await contentCallsDuring(async () => (second = await home('01')))).toBe(0)
      expect(second.body).toEqual(first.body)
      expect(second.headers.get('age')).not.toBeNull()
    })

    it('keys entries by variables', async () => {
      expect(await contentCallsDuring(() => home('04'))).toBe(1)
      expect((await home('04')).body.data).toEqual({
        locality: { name: 'Tỉnh Cao Bằng', reportStats: { received: 7 } },
      })
    })

    it('neither serves nor stores answers for signed-in callers, and marks them private', async () => {
      const token = await staffToken({ id: 9, role: 'officer' })
      const auth = { authorization: `Bearer ${token}` }
      await home('33')
      expect(await contentCallsDuring(() => home('33', auth))).toBe(1)
      const reply = await home('33', auth)
      expect(reply.headers.get('cache-control')).toBe('max-age=60, private')
      expect(reply.headers.get('age')).toBeNull()
    })

    it('never caches an answer without cache hints', async () => {
      const query = { query: '{ reportsSince(since: "2026-11-01T00:00:00Z") }' }
      const first = await postGraphQL(gateway.url, query)
      expect(first.headers.get('cache-control')).toBe('no-store')
      const before = stack.reports.requestIds.length
      await postGraphQL(gateway.url, query)
      expect(stack.reports.requestIds.length - before).toBe(1)
    })

    it('drops every cached answer as soon as the CMS announces a publish', async () => {
      await home('01')
      expect(await contentCallsDuring(() => home('01'))).toBe(0)

      if (store === 'redis') {
        const cms = new Redis(REDIS_URL)
        await announceContentPublished(cms, redisPrefix)
        cms.disconnect()
        // Pub/sub delivery is asynchronous: wait for the next miss, a few milliseconds at most.
        let calls = 0
        for (let attempt = 0; attempt < 40 && calls === 0; attempt++) {
          await new Promise((resolve) => setTimeout(resolve, 25))
          calls = await contentCallsDuring(() => home('01'))
        }
        expect(calls).toBe(1)
      } else {
        const webhook = (secret: string) =>
          fetch(new URL('/cache/invalidate', gateway.url), {
            method: 'POST',
            headers: { 'content-type': 'application/json', [CACHE_WEBHOOK_SECRET_HEADER]: secret },
            body: JSON.stringify({ collection: 'procedures', id: 1 }),
          })
        expect((await webhook('guessed')).status).toBe(401)
        expect(await contentCallsDuring(() => home('01'))).toBe(0)
        expect((await webhook(WEBHOOK_SECRET)).status).toBe(204)
        expect(await contentCallsDuring(() => home('01'))).toBe(1)
      }
      expect(await contentCallsDuring(() => home('01'))).toBe(0)
    })

    it('gives GET answers an ETag and answers 304 when the client has it', async () => {
      const url = `${gateway.url}?query=${encodeURIComponent('{ locality(code: "04") { name } }')}`
      const headers = { 'apollo-require-preflight': 'true' }
      const first = await fetch(url, { headers })
      const etag = first.headers.get('etag')
      expect(first.status).toBe(200)
      expect(etag).toMatch(/^".+"$/)
      const revalidated = await fetch(url, { headers: { ...headers, 'if-none-match': etag! } })
      expect(revalidated.status).toBe(304)
      expect(await revalidated.text()).toBe('')
    })

    it('reports hits and misses for the hit ratio', async () => {
      const metrics = await (await fetch(gateway.metricsUrl!)).text()
      expect(metrics).toMatch(/gateway_response_cache_lookups_total\{result="hit"\} [1-9]/)
      expect(metrics).toMatch(/gateway_response_cache_lookups_total\{result="miss"\} [1-9]/)
    })
  })
}

responseCacheSuite('memory')
responseCacheSuite('redis')
