import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLAIMS_HEADER } from '@caunoi/platform'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { withInflightDeduplication } from '../src/resilience/inflightDeduplication.ts'
import type { SubgraphFetch } from '../src/resilience/queryRetries.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const query = (code: string, claims?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(claims ? { [CLAIMS_HEADER]: claims } : {}) },
  body: JSON.stringify({ query: 'query($code: ID!) { locality(code: $code) { name } }', variables: { code } }),
})
const mutation = { method: 'POST', body: JSON.stringify({ query: 'mutation { submitReport { trackingCode } }' }) }

/** A subgraph fetch that answers after `delayMs`, counting its calls; `fail` makes it refuse to connect. */
function slowFetch(delayMs = 20, fail = false): SubgraphFetch & { calls: number } {
  const fake = Object.assign(
    async (_url: string, init: RequestInit) => {
      fake.calls += 1
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      if (fail) throw new TypeError('fetch failed: ECONNREFUSED')
      return new Response(JSON.stringify({ data: { call: fake.calls, body: init.body } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    },
    { calls: 0 },
  )
  return fake
}

describe('in-flight deduplication of subgraph reads', () => {
  it('sends identical concurrent queries once, and gives each caller a response of its own', async () => {
    const fetch = slowFetch()
    let shared = 0
    const deduplicated = withInflightDeduplication(fetch, () => shared++)
    const responses = await Promise.all(Array.from({ length: 10 }, () => deduplicated('http://content', query('01'))))
    expect(fetch.calls).toBe(1)
    expect(shared).toBe(9)
    const bodies = await Promise.all(responses.map((response) => response.json() as Promise<{ data: object }>))
    for (const body of bodies) expect(body.data).toEqual({ call: 1, body: query('01').body })
    // Separate objects: the gateway merges entity answers into them in place.
    expect(new Set(bodies).size).toBe(10)
    expect(responses[0]!.headers.get('content-type')).toBe('application/json')
  })

  it('keeps different variables, different identities and later calls apart', async () => {
    const fetch = slowFetch()
    const deduplicated = withInflightDeduplication(fetch)
    await Promise.all([
      deduplicated('http://content', query('01')),
      deduplicated('http://content', query('79')),
      deduplicated('http://content', query('01', 'officer-a.signature')),
      deduplicated('http://content', query('01', 'officer-b.signature')),
      deduplicated('http://reports', query('01')),
    ])
    expect(fetch.calls).toBe(5)
    // Nothing is cached: once the first answer is in, the same query is sent again.
    await deduplicated('http://content', query('01'))
    expect(fetch.calls).toBe(6)
  })

  it('never shares a mutation, which must run once per caller', async () => {
    const fetch = slowFetch()
    await Promise.all([
      withInflightDeduplication(fetch)('http://reports', mutation),
      withInflightDeduplication(fetch)('http://reports', mutation),
    ])
    const deduplicated = withInflightDeduplication(fetch)
    await Promise.all([deduplicated('http://reports', mutation), deduplicated('http://reports', mutation)])
    expect(fetch.calls).toBe(4)
  })

  it('gives every waiter the failure, then tries afresh', async () => {
    const failing = slowFetch(10, true)
    const deduplicated = withInflightDeduplication(failing)
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => deduplicated('http://content', query('01'))))
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['rejected', 'rejected', 'rejected'])
    expect(failing.calls).toBe(1)
    await expect(deduplicated('http://content', query('01'))).rejects.toThrow(/ECONNREFUSED/)
    expect(failing.calls).toBe(2)
  })
})

describe('through the gateway', () => {
  let stack: TestStack
  let gateway: RunningGateway

  beforeAll(async () => {
    stack = await startTestStack()
    gateway = await startGateway({ port: 0, metricsPort: 0, supergraphSdl: stack.supergraphSdl, logger: quietLogger() })
  })
  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
  })

  it('answers a burst of identical queries correctly with fewer subgraph calls, and counts the shared ones', async () => {
    const before = stack.content.requestIds.length
    const burst = 40
    const replies = await Promise.all(
      Array.from({ length: burst }, () => postGraphQL(gateway.url, { query: '{ locality(code: "01") { name } }' })),
    )
    for (const reply of replies) expect(reply.body).toEqual({ data: { locality: { name: 'Thành phố Hà Nội' } } })
    const calls = stack.content.requestIds.length - before
    expect(calls).toBeGreaterThanOrEqual(1)
    expect(calls).toBeLessThan(burst)
    const metrics = await (await fetch(gateway.metricsUrl!)).text()
    const shared = Number(/gateway_subgraph_requests_shared_total\{subgraph="content"\} (\d+)/.exec(metrics)?.[1])
    expect(shared).toBe(burst - calls)
  })
})
