import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { hostileRequests, type HostileRequest } from './support/hostileRequests.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { TEST_PAYLOAD_SECRET } from './support/tokens.ts'

const REQUESTS = 1_200
const CONCURRENCY = 8
/** What a leaked stack trace or internal detail looks like in a response. */
const LEAK = /\bat [\w.<>]+ \(|node_modules|stacktrace|ECONNREFUSED|\/work\/|\.ts:\d+/

describe('hostile input', () => {
  let stack: TestStack
  let gateway: RunningServer

  beforeAll(async () => {
    stack = await startTestStack()
    gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      production: true,
      payloadSecret: TEST_PAYLOAD_SECRET,
      responseCache: true,
      // The limit under test here is everything else: a flood from one address is rate-limit.test.ts.
      rateLimit: { perIp: 1_000_000 },
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
  })

  async function send(request: HostileRequest): Promise<{ status: number; text: string }> {
    const response = await fetch(new URL(request.path ?? '/graphql', gateway.url), {
      method: request.method,
      headers: request.headers,
      body:
        typeof request.body === 'string' || request.body === undefined ? request.body : new Uint8Array(request.body),
    })
    return { status: response.status, text: await response.text() }
  }

  it(`answers ${REQUESTS} malformed or abusive requests without a 5xx or a leaked stack trace, and stays healthy`, async () => {
    const requests = hostileRequests(REQUESTS)
    const problems: string[] = []
    const kinds = new Set<string>()
    let next = 0
    const worker = async () => {
      while (next < requests.length) {
        const request = requests[next++]!
        kinds.add(request.kind)
        const { status, text } = await send(request)
        if (status >= 500) problems.push(`${request.kind}: HTTP ${status} ${text.slice(0, 200)}`)
        if (LEAK.test(text)) problems.push(`${request.kind}: leaked ${text.slice(0, 300)}`)
      }
    }
    await Promise.all(Array.from({ length: CONCURRENCY }, worker))

    expect(problems).toEqual([])
    expect(kinds.size).toBeGreaterThanOrEqual(25)

    const health = await fetch(new URL('/health', gateway.url))
    expect(health.status).toBe(200)
    const reply = await postGraphQL(gateway.url, {
      query: '{ locality(code: "33") { name reportStats { received } } }',
    })
    expect(reply.body).toEqual({ data: { locality: { name: 'Tỉnh Hưng Yên', reportStats: { received: 42 } } } })
  }, 120_000)
})
