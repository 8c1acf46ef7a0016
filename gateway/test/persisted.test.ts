import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigError, type RunningServer } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { readOperationManifest } from '../src/persisted/manifest.ts'
import { persistedQueryCache } from '../src/persisted/persistedQueryCache.ts'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const HOME = 'query MiniAppHome($code: ID!) { locality(code: $code) { name reportStats { received } } }'
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A manifest as the first-party clients' build writes it (Apollo's persisted query manifest format). */
function writeManifest(dir: string, operations: { name: string; body: string; id?: string }[]): string {
  const path = join(dir, `manifest-${operations.length}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(
    path,
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: operations.map(({ name, body, id }) => ({ id: id ?? sha256(body), name, type: 'query', body })),
    }),
  )
  return path
}

const byHash = (hash: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
})

describe('persisted operations', () => {
  let stack: TestStack
  let dir: string
  let open: RunningServer
  let safelisted: RunningServer

  beforeAll(async () => {
    stack = await startTestStack()
    dir = mkdtempSync(join(tmpdir(), 'caunoi-manifest-'))
    const operationManifest = readOperationManifest(writeManifest(dir, [{ name: 'MiniAppHome', body: HOME }]))
    const common = { port: 0, supergraphSdl: stack.supergraphSdl, logger: quietLogger(), operationManifest }
    open = await startGateway(common)
    safelisted = await startGateway({ ...common, safelist: true })
  })

  afterAll(async () => {
    await Promise.all([open?.stop(), safelisted?.stop()])
    await stack?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('registers an unknown query by hash (automatic persisted queries) and then runs it by hash alone', async () => {
    const query = '{ locality(code: "04") { name } }'
    const unknown = await postGraphQL(open.url, byHash(sha256(query)))
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')

    const registered = await postGraphQL(open.url, { query, ...byHash(sha256(query)) })
    expect(registered.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng' } })
    const again = await postGraphQL(open.url, byHash(sha256(query)))
    expect(again.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng' } })
  })

  it('runs a manifest operation by its hash from the very first request', async () => {
    const reply = await postGraphQL(open.url, byHash(sha256(HOME), { code: '33' }))
    expect(reply.body.data).toEqual({ locality: { name: 'Tỉnh Hưng Yên', reportStats: { received: 42 } } })
  })

  it('in safelist mode runs the registered operations, by hash or by text', async () => {
    const byId = await postGraphQL(safelisted.url, byHash(sha256(HOME), { code: '01' }))
    expect(byId.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội', reportStats: { received: 120 } } })
    const byText = await postGraphQL(safelisted.url, { query: HOME, variables: { code: '04' } })
    expect(byText.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng', reportStats: { received: 7 } } })
  })

  it('in safelist mode refuses any other operation, even a valid one, with 403 FORBIDDEN', async () => {
    const query = '{ locality(code: "01") { name } }'
    const reply = await postGraphQL(safelisted.url, { query })
    expect(reply.status).toBe(403)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(reply.body.data).toBeUndefined()
    const registeredByApq = await postGraphQL(safelisted.url, { query, ...byHash(sha256(query)) })
    expect(registeredByApq.status).toBe(403)
  })

  it('refuses a manifest whose ids are not the SHA-256 of their operations', () => {
    const path = writeManifest(dir, [{ name: 'Tampered', body: HOME, id: sha256('{ __typename }') }])
    expect(() => readOperationManifest(path)).toThrow(ConfigError)
    expect(() => readOperationManifest(join(dir, 'missing.json'))).toThrow(/cannot read/)
  })
})

describe('automatic persisted queries across gateway instances', () => {
  const query = '{ locality(code: "01") { name } }'
  let stack: TestStack
  let redis: Redis
  const redisPrefix = `caunoi-test-${randomBytes(6).toString('hex')}`
  const gateways: RunningServer[] = []
  const start = async (shared: Redis | undefined) => {
    const gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      redis: shared,
      redisPrefix,
    })
    gateways.push(gateway)
    return gateway
  }

  beforeAll(async () => {
    stack = await startTestStack()
    redis = new Redis(REDIS_URL, { maxRetriesPerRequest: 1 })
  })

  afterAll(async () => {
    await Promise.all(gateways.map((gateway) => gateway.stop()))
    await stack?.stop()
    const keys = await redis.keys(`${redisPrefix}*`)
    if (keys.length > 0) await redis.del(...keys)
    redis.disconnect()
  })

  it('with REDIS_URL, a query registered at one gateway runs by hash at another, for a day', async () => {
    const first = await start(redis)
    const registered = await postGraphQL(first.url, { query, ...byHash(sha256(query)) })
    expect(registered.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội' } })

    // Another instance, started after the registration (a restart, or a second replica).
    const second = await start(redis)
    const byHashOnly = await postGraphQL(second.url, byHash(sha256(query)))
    expect(byHashOnly.body).toEqual({ data: { locality: { name: 'Thành phố Hà Nội' } } })

    const key = `${redisPrefix}:gateway:apq:${sha256(query)}`
    expect(await redis.get(key)).toBe(query)
    const ttl = await redis.ttl(key)
    expect(ttl).toBeGreaterThan(24 * 60 * 60 - 60)
    expect(ttl).toBeLessThanOrEqual(24 * 60 * 60)
  })

  it('without Redis, each gateway knows only the queries registered with it', async () => {
    const other = '{ locality(code: "33") { name } }'
    const first = await start(undefined)
    await postGraphQL(first.url, { query: other, ...byHash(sha256(other)) })
    expect((await postGraphQL(first.url, byHash(sha256(other)))).body.data).toEqual({
      locality: { name: 'Tỉnh Hưng Yên' },
    })
    const second = await start(undefined)
    const unknown = await postGraphQL(second.url, byHash(sha256(other)))
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')
    expect(await redis.keys(`${redisPrefix}:gateway:apq:${sha256(other)}`)).toEqual([])
  })

  it('treats an unreadable store as "not found", so the client resends the full query', async () => {
    const errors: unknown[] = []
    const failing = persistedQueryCache(
      new Map(),
      {
        get: async () => {
          throw new Error('connection lost')
        },
        set: async () => {},
        delete: async () => false,
      },
      (error) => errors.push(error),
    )
    await expect(failing.get(`apq:${sha256(query)}`)).resolves.toBeUndefined()
    expect(errors).toHaveLength(1)
  })
})
