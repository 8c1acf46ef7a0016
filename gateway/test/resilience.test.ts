import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { withCircuitBreaker } from '../src/resilience/circuitBreaker.ts'
import { withQueryRetries, type SubgraphFetch } from '../src/resilience/queryRetries.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startReportsSubgraph, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const asQuery = { method: 'POST', body: JSON.stringify({ query: 'query { locality(code: "01") { name } }' }) }
const asMutation = { method: 'POST', body: JSON.stringify({ query: 'mutation { submitReport { trackingCode } }' }) }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A fetch that fails to connect `failures` times, then answers 200. */
function flakyFetch(failures: number): SubgraphFetch & { calls: number } {
  const fake = Object.assign(
    async () => {
      fake.calls += 1
      if (fake.calls <= failures) throw new TypeError('fetch failed: ECONNRESET')
      return new Response('{"data":{}}', { status: 200 })
    },
    { calls: 0 },
  )
  return fake
}

describe('retries', () => {
  it('retries a query whose connection failed, and succeeds', async () => {
    const fetchOnce = flakyFetch(2)
    const response = await withQueryRetries(fetchOnce, { attempts: 2, backoffMs: 1 })('http://content', asQuery)
    expect(response.status).toBe(200)
    expect(fetchOnce.calls).toBe(3)
  })

  it('never retries a mutation, which could then run twice', async () => {
    const fetchOnce = flakyFetch(1)
    await expect(
      withQueryRetries(fetchOnce, { attempts: 2, backoffMs: 1 })('http://reports', asMutation),
    ).rejects.toThrow(/ECONNRESET/)
    expect(fetchOnce.calls).toBe(1)
  })
})

describe('circuit breaker', () => {
  it('opens after repeated failures, fails fast while open, and closes after a successful trial', async () => {
    const fetchOnce = flakyFetch(4)
    const states: string[] = []
    const guarded = withCircuitBreaker(
      'reports',
      fetchOnce,
      { errorThresholdPercentage: 50, volumeThreshold: 4, resetTimeoutMs: 150 },
      quietLogger(),
      (_subgraph, state) => states.push(state),
    )
    for (let i = 0; i < 4; i++) await expect(guarded('http://reports', asQuery)).rejects.toThrow()
    expect(states).toEqual(['open'])

    await expect(guarded('http://reports', asQuery)).rejects.toThrow(/open/i)
    expect(fetchOnce.calls).toBe(4)

    await sleep(200)
    expect((await guarded('http://reports', asQuery)).status).toBe(200)
    expect(states).toEqual(['open', 'halfOpen', 'closed'])
  })
})

describe('a subgraph killed mid-run', () => {
  let stack: TestStack
  let gateway: RunningGateway
  const QUERY = { query: '{ locality(code: "01") { name reportStats { received } } }' }

  beforeAll(async () => {
    stack = await startTestStack()
    gateway = await startGateway({
      port: 0,
      metricsPort: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      breaker: { errorThresholdPercentage: 50, volumeThreshold: 3, resetTimeoutMs: 300 },
      retries: { attempts: 1, backoffMs: 5 },
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
  })

  const circuit = async () => {
    const metrics = await (await fetch(gateway.metricsUrl!)).text()
    return /gateway_subgraph_circuit_open\{subgraph="reports"\} ([0-9.]+)/.exec(metrics)?.[1]
  }

  it('keeps answering with partial data, opens the circuit, and closes it when the subgraph is back', async () => {
    expect((await postGraphQL(gateway.url, QUERY)).body.errors).toBeUndefined()
    const port = stack.reports.port
    await stack.reports.stop()

    for (let i = 0; i < 5; i++) {
      const reply = await postGraphQL(gateway.url, QUERY)
      expect(reply.status).toBe(200)
      expect(reply.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội', reportStats: null } })
      expect(reply.body.errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'reports' })
    }
    expect(await circuit()).toBe('1')

    stack.reports = await startReportsSubgraph(port)
    await sleep(400)
    const recovered = await postGraphQL(gateway.url, QUERY)
    expect(recovered.body).toEqual({ data: { locality: { name: 'Thành phố Hà Nội', reportStats: { received: 120 } } } })
    expect(await circuit()).toBe('0')
  })
})
