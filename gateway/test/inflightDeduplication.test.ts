import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLAIMS_HEADER, signClaims, verifyClaims, type VerifiedClaims } from '@caunoi/platform'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { withInflightDeduplication } from '../src/resilience/inflightDeduplication.ts'
import type { SubgraphFetch } from '../src/resilience/queryRetries.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { TEST_CLAIMS_SECRET } from './support/tokens.ts'

const SECRET = TEST_CLAIMS_SECRET
const claims = { secret: SECRET, audience: 'content' }
const officerA: VerifiedClaims = { userId: '1', kind: 'staff', role: 'officer' }
const officerB: VerifiedClaims = { userId: '2', kind: 'staff', role: 'officer' }

/** The claims this gateway signs for one call: each call's differ (client, expiry), even for one caller. */
const envelope = (clientAddress: string, identity?: VerifiedClaims, audience = 'content') =>
  signClaims({ audience, clientAddress, identity }, SECRET, Date.now() + Math.floor(Math.random() * 5_000))

const request = (query: string, variables: object, header?: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...(header ? { [CLAIMS_HEADER]: header } : {}) },
  body: JSON.stringify({ query, variables }),
})
const LOCALITY = 'query($code: ID!) { locality(code: $code) { name } }'
const query = (code: string, header?: string) => request(LOCALITY, { code }, header)
const LOOKUP = 'query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { status } }'
const lookup = (header: string) => request(LOOKUP, { c: 'PA-7K3M9-QXD1T', v: '0912345678' }, header)
const mutation = { method: 'POST', body: JSON.stringify({ query: 'mutation { submitReport { trackingCode } }' }) }

/** A subgraph fetch that answers after `delayMs`, counting its calls; `fail` makes it refuse to connect. */
function slowFetch(delayMs = 20, fail = false): SubgraphFetch & { calls: number; clients: string[] } {
  const fake = Object.assign(
    async (_url: string, init: RequestInit) => {
      fake.calls += 1
      const header = (init.headers as Record<string, string> | undefined)?.[CLAIMS_HEADER]
      if (header) fake.clients.push(verifyClaims(header, SECRET, 'content').clientAddress)
      await new Promise((resolve) => setTimeout(resolve, delayMs))
      if (fail) throw new TypeError('fetch failed: ECONNREFUSED')
      return new Response(JSON.stringify({ data: { call: fake.calls, body: init.body } }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      })
    },
    { calls: 0, clients: [] as string[] },
  )
  return fake
}

describe('in-flight deduplication of subgraph reads', () => {
  it('sends identical concurrent queries of anonymous clients once, and gives each a response of its own', async () => {
    const fetch = slowFetch()
    let shared = 0
    const deduplicated = withInflightDeduplication(fetch, { claims, onShared: () => shared++ })
    // Ten phones, each with claims of its own (address, expiry): the same anonymous read.
    const responses = await Promise.all(
      Array.from({ length: 10 }, (_, i) => deduplicated('http://content', query('01', envelope(`198.51.100.${i}`)))),
    )
    expect(fetch.calls).toBe(1)
    expect(shared).toBe(9)
    const bodies = await Promise.all(responses.map((response) => response.json() as Promise<{ data: object }>))
    for (const body of bodies) expect(body.data).toEqual({ call: 1, body: query('01').body })
    expect(fetch.clients).toEqual(['198.51.100.0'])
    // Separate objects: the gateway merges entity answers into them in place.
    expect(new Set(bodies).size).toBe(10)
    expect(responses[0]!.headers.get('content-type')).toBe('application/json')
  })

  it('keeps different variables, different identities and later calls apart', async () => {
    const fetch = slowFetch()
    const deduplicated = withInflightDeduplication(fetch, { claims })
    await Promise.all([
      deduplicated('http://content', query('01', envelope('198.51.100.1'))),
      deduplicated('http://content', query('79', envelope('198.51.100.1'))),
      deduplicated('http://content', query('01', envelope('198.51.100.1', officerA))),
      deduplicated('http://content', query('01', envelope('198.51.100.2', officerA))),
      deduplicated('http://content', query('01', envelope('198.51.100.1', officerB))),
      deduplicated('http://reports', query('01', envelope('198.51.100.1'))),
    ])
    // One officer on two devices is one caller; the other officer and the anonymous read are not.
    expect(fetch.calls).toBe(5)
    // Nothing is cached: once the first answer is in, the same query is sent again.
    await deduplicated('http://content', query('01', envelope('198.51.100.1')))
    expect(fetch.calls).toBe(6)
  })

  it('never lets one client’s verifier guess ride on another’s call: each is counted for its own client', async () => {
    const fetch = slowFetch()
    const deduplicated = withInflightDeduplication(fetch, { claims })
    await Promise.all([
      deduplicated('http://content', lookup(envelope('198.51.100.1'))),
      deduplicated('http://content', lookup(envelope('198.51.100.2'))),
      deduplicated('http://content', lookup(envelope('198.51.100.3'))),
    ])
    expect(fetch.calls).toBe(3)
    expect([...fetch.clients].sort()).toEqual(['198.51.100.1', '198.51.100.2', '198.51.100.3'])
    // The same client sending the same guess twice at once makes one guess.
    await Promise.all([1, 2].map(() => deduplicated('http://content', lookup(envelope('198.51.100.4')))))
    expect(fetch.calls).toBe(4)
  })

  it('never shares a call whose claims it cannot read: made for another subgraph, or no secret to check them', async () => {
    const fetch = slowFetch()
    const deduplicated = withInflightDeduplication(fetch, { claims: { secret: SECRET, audience: 'reports' } })
    const forContent = envelope('198.51.100.1')
    await Promise.all([1, 2].map(() => deduplicated('http://content', query('01', forContent))))
    const withoutSecret = withInflightDeduplication(fetch)
    await Promise.all([1, 2].map(() => withoutSecret('http://content', query('01', forContent))))
    expect(fetch.calls).toBe(4)
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
    const deduplicated = withInflightDeduplication(failing, { claims })
    const outcomes = await Promise.allSettled(
      [1, 2, 3].map((i) => deduplicated('http://content', query('01', envelope(`198.51.100.${i}`)))),
    )
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
    // Behind a trusted proxy, so every phone of the burst is a client address of its own.
    gateway = await startGateway({
      port: 0,
      metricsPort: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      claimsSecret: TEST_CLAIMS_SECRET,
      trustProxy: true,
    })
  })
  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
  })

  it('answers a burst of identical queries from many clients with fewer subgraph calls, and counts the shared ones', async () => {
    const before = stack.content.requestIds.length
    const clientsBefore = stack.content.clientAddresses.length
    const burst = 40
    const replies = await Promise.all(
      Array.from({ length: burst }, (_, i) =>
        postGraphQL(
          gateway.url,
          { query: '{ locality(code: "01") { name } }' },
          { 'x-forwarded-for': `198.51.100.${i + 1}` },
        ),
      ),
    )
    for (const reply of replies) expect(reply.body).toEqual({ data: { locality: { name: 'Thành phố Hà Nội' } } })
    const calls = stack.content.requestIds.length - before
    expect(calls).toBeGreaterThanOrEqual(1)
    expect(calls).toBeLessThan(burst)
    // Each call that did reach the subgraph carried the claims of one of the burst's clients.
    for (const address of stack.content.clientAddresses.slice(clientsBefore)) expect(address).toMatch(/^198\.51\.100\./)
    const metrics = await (await fetch(gateway.metricsUrl!)).text()
    const shared = Number(/gateway_subgraph_requests_shared_total\{subgraph="content"\} (\d+)/.exec(metrics)?.[1])
    expect(shared).toBe(burst - calls)
  })
})
