import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import {
  composeTestSupergraph,
  quietLogger,
  startContentSubgraph,
  startReportsSubgraph,
  type TestSubgraph,
} from './support/testSubgraphs.ts'
import { TEST_CLAIMS_SECRET } from './support/tokens.ts'

describe('gateway queries', () => {
  let content: TestSubgraph
  let reports: TestSubgraph
  let gateway: RunningServer

  beforeAll(async () => {
    ;[content, reports] = await Promise.all([startContentSubgraph(), startReportsSubgraph()])
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composeTestSupergraph([content, reports]),
      logger: quietLogger(),
      claimsSecret: TEST_CLAIMS_SECRET,
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([content?.stop(), reports?.stop()])
  })

  it('joins a locality from content with its report stats from reports', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: 'query ($code: ID!) { locality(code: $code) { code name reportStats { received } } }',
      variables: { code: '33' },
    })

    expect(reply.status).toBe(200)
    expect(reply.body).toEqual({
      data: { locality: { code: '33', name: 'Tỉnh Hưng Yên', reportStats: { received: 42 } } },
    })
  })

  it('joins every item of a list with one entity fetch', async () => {
    const reply = await postGraphQL(
      gateway.url,
      { query: '{ localities(first: 2) { code reportStats { received } } }' },
      { 'x-request-id': 'list-join' },
    )

    expect(reply.body.errors).toBeUndefined()
    expect(reports.requestIds.filter((id) => id === 'list-join')).toHaveLength(1)
    expect(reply.body.data).toEqual({
      localities: [
        { code: '01', reportStats: { received: 120 } },
        { code: '04', reportStats: { received: 7 } },
      ],
    })
  })

  it('forwards the caller’s request id to every subgraph it calls and echoes it back', async () => {
    const reply = await postGraphQL(
      gateway.url,
      { query: '{ locality(code: "01") { name reportStats { received } } }' },
      { 'x-request-id': 'zalo-oa-7f3a' },
    )

    expect(reply.headers.get('x-request-id')).toBe('zalo-oa-7f3a')
    expect(content.requestIds).toContain('zalo-oa-7f3a')
    expect(reports.requestIds).toContain('zalo-oa-7f3a')
  })

  it('tells subgraphs the client’s own address, not one the client claims', async () => {
    await postGraphQL(
      gateway.url,
      { query: '{ locality(code: "04") { name } }' },
      { 'x-forwarded-for': '203.0.113.66' },
    )
    // Read by the subgraph from the claims the gateway signed for it, not from a header.
    expect(content.claimsHeaders.at(-1)).toBeDefined()
    expect(content.clientAddresses.at(-1)).toMatch(/^(::ffff:)?127\.0\.0\.1$/)
    expect(content.clientAddresses).not.toContain('203.0.113.66')
  })

  it('gives a request without an id a fresh one, and replaces an id that is not plain text', async () => {
    const withoutId = await postGraphQL(gateway.url, { query: '{ locality(code: "01") { name } }' })
    const withBadId = await postGraphQL(
      gateway.url,
      { query: '{ locality(code: "01") { name } }' },
      { 'x-request-id': '<script>alert(1)</script>' },
    )

    expect(withoutId.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(withBadId.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('answers BAD_USER_INPUT for a variable of the wrong type, without a stack trace', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: 'query ($first: Int!) { localities(first: $first) { code } }',
      variables: { first: 'mười' },
    })

    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(reply.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'first', message: 'Phải là một số nguyên.' },
    ])
    expect(reply.text).not.toContain('stacktrace')
  })

  it('passes on BAD_USER_INPUT from a subgraph whose scalar rejects a value', async () => {
    const reply = await postGraphQL(gateway.url, {
      query: 'query ($since: DateTime!) { reportsSince(since: $since) }',
      variables: { since: 'hôm qua' },
    })

    expect(reply.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(reply.body.errors?.[0]?.message).toContain('ISO 8601')
    expect(reply.body.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'since', message: 'DateTime phải là chuỗi ngày giờ ISO 8601.' },
    ])
    expect(reply.text).not.toContain('stacktrace')
    expect(reply.text).not.toContain(reports.url)
  })

  it('answers GRAPHQL_PARSE_FAILED for a syntax error, without a stack trace', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ locality(code: "01") { name ' })

    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(reply.text).not.toContain('stacktrace')
  })

  it('answers GRAPHQL_VALIDATION_FAILED for a field the graph does not have', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ locality(code: "01") { passwordHash } }' })

    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(reply.body.errors?.[0]?.message).toContain('passwordHash')
  })

  it('hides the message and stack of an unexpected error inside a subgraph', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ brokenLocality { code } }' })

    expect(reply.status).toBe(200)
    expect(reply.body.data).toEqual({ brokenLocality: null })
    expect(reply.body.errors).toHaveLength(1)
    expect(reply.body.errors?.[0]).toMatchObject({
      message: 'Lỗi hệ thống, vui lòng thử lại sau.',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    })
    expect(reply.text).not.toMatch(/stacktrace|ECONNREFUSED|postgres|s3cret|exception/)
  })

  it('answers introspection outside production', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ __schema { queryType { name } } }' })

    expect(reply.body.data).toEqual({ __schema: { queryType: { name: 'Query' } } })
  })
})

describe('gateway in production', () => {
  let content: TestSubgraph
  let reports: TestSubgraph
  let gateway: RunningServer

  beforeAll(async () => {
    ;[content, reports] = await Promise.all([startContentSubgraph(), startReportsSubgraph()])
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composeTestSupergraph([content, reports]),
      logger: quietLogger(),
      introspection: false,
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([content?.stop(), reports?.stop()])
  })

  it('refuses introspection', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ __schema { types { name } } }' })

    expect(reply.status).toBe(400)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')
    expect(reply.text).not.toContain('ReportStats')
  })
})

describe('a supergraph older than a running subgraph', () => {
  let content: TestSubgraph
  let reports: TestSubgraph
  let gateway: RunningServer

  beforeAll(async () => {
    ;[content, reports] = await Promise.all([startContentSubgraph(), startReportsSubgraph()])
    // Composed when content still had a field that the running content no longer serves.
    const staleContent = {
      ...content,
      typeDefs: content.typeDefs.replace('name: String!', 'name: String!\n    motto: String'),
    }
    gateway = await startGateway({
      port: 0,
      supergraphSdl: composeTestSupergraph([staleContent, reports]),
      logger: quietLogger(),
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([content?.stop(), reports?.stop()])
  })

  it('reports an internal error rather than blaming the client’s query', async () => {
    const reply = await postGraphQL(gateway.url, { query: '{ locality(code: "01") { name motto } }' })

    expect(reply.body.errors?.[0]).toMatchObject({ extensions: { code: 'INTERNAL_SERVER_ERROR' } })
    expect(reply.text).not.toMatch(/motto|GRAPHQL_VALIDATION_FAILED|stacktrace/)
  })
})
