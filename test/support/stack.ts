import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { startGateway } from '@caunoi/gateway'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { TEST_CLAIMS_SECRET } from '@caunoi/platform/testing'
import { readSupergraph } from '@caunoi/schema'
import { startContentSubgraph } from '@caunoi/subgraph-content'
import { startDossiersSubgraph } from '@caunoi/subgraph-dossiers'
import { startQuizzesSubgraph } from '@caunoi/subgraph-quizzes'
import { startReportsSubgraph } from '@caunoi/subgraph-reports'
import type { Redis } from 'ioredis'

export type GraphQLResponse<T = Record<string, any>> = {
  status: number
  data?: T | null
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[]
}

type SubgraphName = 'content' | 'reports' | 'dossiers' | 'quizzes'

/** Quiz leaderboards live in the database unless a Redis client (and a key prefix unique to the run) is given. */
export type StackOptions = {
  redis?: Redis
  redisKeyPrefix?: string
  /** Per-address requests per minute at the gateway (benchmarks are one address sending as fast as it can). */
  rateLimitPerIp?: number
}

/**
 * The whole platform in one test process: a real Payload on a fresh database, every subgraph
 * and the gateway (serving the committed supergraph) on ephemeral ports.
 */
export async function startStack(options: StackOptions = {}) {
  const cms: TestCms = await createTestCms()
  const logger = createLogger('e2e')
  // As `npm start` does: the gateway signs each subgraph call's claims (client address, identity).
  const claimsSecret = TEST_CLAIMS_SECRET
  const subgraphs: Record<SubgraphName, RunningServer> = {
    content: await startContentSubgraph({ payload: cms.payload, logger, port: 0, claimsSecret }),
    reports: await startReportsSubgraph({ payload: cms.payload, logger, port: 0, claimsSecret }),
    dossiers: await startDossiersSubgraph({ payload: cms.payload, logger, port: 0, claimsSecret }),
    quizzes: await startQuizzesSubgraph({
      payload: cms.payload,
      logger,
      port: 0,
      claimsSecret,
      redis: options.redis,
      redisKeyPrefix: options.redisKeyPrefix,
    }),
  }
  const gateway = await startGateway({
    port: 0,
    logger,
    ...(options.rateLimitPerIp ? { rateLimit: { perIp: options.rateLimitPerIp } } : {}),
    supergraphSdl: readSupergraph(),
    claimsSecret,
    subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, server]) => [name, server.url])),
  })
  const base = gateway.url.replace(/\/graphql$/, '')
  const stopped = new Set<string>()

  return {
    payload: cms.payload,
    gatewayUrl: gateway.url,
    async graphql<T = Record<string, any>>(
      query: string,
      variables: Record<string, unknown> = {},
    ): Promise<GraphQLResponse<T>> {
      const response = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      })
      return { status: response.status, ...((await response.json()) as object) }
    },
    async health() {
      const response = await fetch(`${base}/health`)
      return { status: response.status, body: (await response.json()) as Record<string, any> }
    },
    /** Where a subgraph's own HTTP endpoints live (e.g. the dossiers import), without /graphql. */
    subgraphBase: (name: SubgraphName) => subgraphs[name].url.replace(/\/graphql$/, ''),
    async stopSubgraph(name: SubgraphName) {
      stopped.add(name)
      await subgraphs[name].stop()
    },
    async stop() {
      await gateway.stop()
      for (const [name, server] of Object.entries(subgraphs)) if (!stopped.has(name)) await server.stop()
      await cms.destroy()
    },
  }
}

export type Stack = Awaited<ReturnType<typeof startStack>>
