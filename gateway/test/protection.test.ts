import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const PORTAL = 'https://congan.hanoi.gov.vn'

describe('operation limits and HTTP protection', () => {
  let stack: TestStack
  let gateway: RunningServer
  let production: RunningServer

  beforeAll(async () => {
    stack = await startTestStack()
    const limits = { maxDepth: 3, maxAliases: 2, maxRootFields: 2, maxTokens: 60, maxDirectives: 2, maxCost: 100 }
    gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      production: false,
      limits,
      maxBodyBytes: 2_000,
      maxBatchSize: 2,
      corsOrigins: [PORTAL],
    })
    production = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      production: true,
    })
  })

  afterAll(async () => {
    await Promise.all([gateway?.stop(), production?.stop()])
    await stack?.stop()
  })

  const codeOf = (reply: Awaited<ReturnType<typeof postGraphQL>>) => reply.body.errors?.[0]?.extensions?.code

  it('answers a query within every limit', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "33") { name reportStats { received } } }',
    })
    expect(reply.status).toBe(200)
    expect(reply.body.data).toEqual({ locality: { name: 'Tỉnh Hưng Yên', reportStats: { received: 42 } } })
  })

  it('refuses a query nested deeper than the depth limit', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "33") { reportStats { received } } localities(first: 1) { code } }',
    })
    expect(reply.status).toBe(200)
    const deep = await postGraphQL(gateway.url, {
      query: '{ a: locality(code: "33") { ... on Locality { reportStats { ... on ReportStats { received } } } } }',
    })
    expect(deep.status).toBe(400)
    expect(codeOf(deep)).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(deep.body.errors?.[0]?.message).toMatch(/depth/i)
  })

  it('refuses more aliases than allowed', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "01") { a: name b: name c: name } }',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.message).toMatch(/alias/i)
  })

  it('refuses more root fields than allowed, counting those inside fragments', async () => {
    const reply = await postGraphQL(gateway.url, {
      query:
        'query { locality(code: "01") { name } ...Roots ... on Query { localities(first: 1) { code } } } fragment Roots on Query { reportsSince(since: "2026-01-01T00:00:00Z") }',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.message).toBe('Thao tác có 3 trường gốc, vượt giới hạn 2.')
  })

  it('refuses a document with more tokens than allowed, as a parse failure', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: `{ locality(code: "01") { ${Array.from({ length: 60 }, () => 'name').join(' ')} } }`,
    })
    expect(reply.status).toBe(400)
    expect(codeOf(reply)).toBe('GRAPHQL_PARSE_FAILED')
    expect(reply.body.errors?.[0]?.message).toMatch(/tokens/)
  })

  it('refuses more directives than allowed', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "01") { name @include(if: true) @include(if: true) code @skip(if: false) } }',
    })
    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.message).toMatch(/directive/i)
  })

  it('multiplies a list’s cost by its `first`, from a literal or a variable', async () => {
    const query = 'query ($n: Int!) { localities(first: $n) { code name reportStats { received } } }'
    const small = await postGraphQL(gateway.url, { query, variables: { n: 3 } })
    expect(small.status).toBe(200)
    expect(small.body.errors).toBeUndefined()

    const large = await postGraphQL(gateway.url, { query, variables: { n: 40 } })
    expect(large.status).toBe(400)
    expect(codeOf(large)).toBe('BAD_USER_INPUT')
    expect(large.body.errors?.[0]?.extensions).toMatchObject({ cost: 1 + 40 * (1 + 1 + 3 + 1), maxCost: 100 })
  })

  it('judges each operation of a document by its own cost, on every request', async () => {
    const query = `query Cheap { locality(code: "01") { name } }
      query Costly { localities(first: 40) { code name reportStats { received } } }`
    for (let round = 0; round < 2; round++) {
      const cheap = await postGraphQL(gateway.url, { query, operationName: 'Cheap' })
      expect(cheap.body.errors).toBeUndefined()
      const costly = await postGraphQL(gateway.url, { query, operationName: 'Costly' })
      expect(costly.status).toBe(400)
      expect(costly.body.errors?.[0]?.extensions).toMatchObject({ cost: 1 + 40 * (1 + 1 + 3 + 1) })
    }
  })

  it('refuses a body over the size limit with 413', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: $code) { name } }',
      variables: { padding: 'x'.repeat(3_000) },
    })
    expect(reply.status).toBe(413)
    expect(codeOf(reply)).toBe('BAD_REQUEST')
  })

  it('answers a batch within the limit and refuses a larger one before running any of it', async () => {
    const operation = { query: '{ locality(code: "01") { name } }' }
    const batch = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([operation, operation]),
    })
    expect(batch.status).toBe(200)
    expect(((await batch.json()) as unknown[]).length).toBe(2)

    const oversized = await fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([operation, operation, operation]),
    })
    expect(oversized.status).toBe(400)
    expect(await oversized.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] })
  })

  it('keeps CSRF prevention on: a simple GET without a preflight header is refused', async () => {
    const url = `${gateway.url}?query=${encodeURIComponent('{ locality(code: "01") { name } }')}`
    expect((await fetch(url)).status).toBe(400)
    const withHeader = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } })
    expect(withHeader.status).toBe(200)
  })

  it('sends CORS headers only to configured origins and refuses others’ preflights', async () => {
    const allowed = await postGraphQL(gateway.url, { query: '{ __typename }' }, { origin: PORTAL })
    expect(allowed.headers.get('access-control-allow-origin')).toBe(PORTAL)
    const other = await postGraphQL(gateway.url, { query: '{ __typename }' }, { origin: 'https://evil.example' })
    expect(other.headers.get('access-control-allow-origin')).toBeNull()

    const preflight = (origin: string) =>
      fetch(gateway.url, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      })
    const allowedPreflight = await preflight(PORTAL)
    expect(allowedPreflight.status).toBe(204)
    expect(allowedPreflight.headers.get('access-control-allow-methods')).toContain('POST')
    expect((await preflight('https://evil.example')).status).toBe(403)
  })

  it('sets security headers on every response', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ __typename }' })
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
    expect(reply.headers.get('x-frame-options')).toBe('DENY')
    expect(reply.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(reply.headers.get('strict-transport-security')).toBeNull()
    const health = await fetch(new URL('/health', production.url))
    expect(health.headers.get('strict-transport-security')).toContain('max-age=')
  })

  it('suggests field names in development only', async () => {
    const query = '{ locality(code: "01") { nam } }'
    const development = await postGraphQL(gateway.url, { query })
    expect(development.body.errors?.[0]?.message).toMatch(/Did you mean/)
    const hidden = await postGraphQL(production.url, { query })
    expect(hidden.status).toBe(400)
    expect(hidden.body.errors?.[0]?.message).not.toMatch(/Did you mean|name/)
  })

  it('answers introspection in development and refuses it in production', async () => {
    const query = '{ __schema { queryType { name } } }'
    expect((await postGraphQL(gateway.url, { query })).body.data).toEqual({
      __schema: { queryType: { name: 'Query' } },
    })
    const refused = await postGraphQL(production.url, { query })
    expect(refused.status).toBe(400)
    expect(refused.body.data).toBeUndefined()
  })
})
