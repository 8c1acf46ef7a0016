import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startGateway, type RunningGateway } from '../src/index.ts'
import { identityTypeDefs } from '../src/identity/identitySubgraph.ts'
import { healthUrl, postGraphQL } from './support/http.ts'
import {
  composeTestSupergraph,
  quietLogger,
  startQuizzesSubgraph,
  startTestStack,
  type TestStack,
  type TestSubgraph,
} from './support/testSubgraphs.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('supergraph hot reload under load', () => {
  let stack: TestStack
  let quizzes: TestSubgraph
  let gateway: RunningGateway
  let dir: string
  let path: string

  beforeAll(async () => {
    stack = await startTestStack()
    quizzes = await startQuizzesSubgraph()
    dir = mkdtempSync(join(tmpdir(), 'caunoi-supergraph-'))
    path = join(dir, 'supergraph.graphql')
    writeFileSync(path, stack.supergraphSdl)
    gateway = await startGateway({
      port: 0,
      metricsPort: 0,
      supergraphSdl: stack.supergraphSdl,
      supergraphSource: { kind: 'file', path },
      reloadIntervalMs: 50,
      logger: quietLogger(),
      rateLimit: { perIp: 100_000 },
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([stack?.stop(), quizzes?.stop()])
    rmSync(dir, { recursive: true, force: true })
  })

  it('swaps in a valid supergraph and rejects an invalid one without failing a single request', async () => {
    const failures: string[] = []
    let answered = 0
    let loading = true
    const load = async () => {
      while (loading) {
        const reply = await postGraphQL(gateway.url, {
          query: '{ locality(code: "04") { name reportStats { received } } }',
        })
        answered += 1
        if (reply.status !== 200 || reply.body.errors) failures.push(`${reply.status} ${reply.text}`)
      }
    }
    const workers = Array.from({ length: 4 }, load)
    const quizCount = () => postGraphQL(gateway.url, { query: '{ activeQuizCount }' })

    try {
      await sleep(150)
      expect((await quizCount()).body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED')

      writeFileSync(
        path,
        composeTestSupergraph([
          stack.content,
          stack.reports,
          quizzes,
          { name: 'identity', url: 'http://in-process.invalid/graphql', typeDefs: identityTypeDefs },
        ]),
      )
      let reply = await quizCount()
      for (let attempt = 0; attempt < 60 && reply.body.errors; attempt++) {
        await sleep(50)
        reply = await quizCount()
      }
      expect(reply.body).toEqual({ data: { activeQuizCount: 3 } })

      writeFileSync(path, 'schema @link(url: "https://specs.apollo.dev/link/v1.0") { query: Query } type Query {')
      await sleep(400)
      expect((await quizCount()).body).toEqual({ data: { activeQuizCount: 3 } })
    } finally {
      loading = false
      await Promise.all(workers)
    }

    expect(failures).toEqual([])
    expect(answered).toBeGreaterThan(20)
    const metrics = await (await fetch(gateway.metricsUrl!)).text()
    expect(metrics).toContain('gateway_supergraph_reloads_total{outcome="applied"} 1')
    expect(metrics).toContain('gateway_supergraph_reloads_total{outcome="rejected"} 1')
  }, 30_000)
})

describe('after a supergraph hot reload', () => {
  let stack: TestStack
  let quizzes: TestSubgraph
  let gateway: RunningGateway
  let dir: string
  let path: string

  const health = async () => {
    const response = await fetch(healthUrl(gateway.url))
    return { status: response.status, body: (await response.json()) as { subgraphs: Record<string, string> } }
  }

  beforeAll(async () => {
    stack = await startTestStack()
    quizzes = await startQuizzesSubgraph()
    dir = mkdtempSync(join(tmpdir(), 'caunoi-supergraph-'))
    path = join(dir, 'supergraph.graphql')
    writeFileSync(path, stack.supergraphSdl)
    gateway = await startGateway({
      port: 0,
      metricsPort: 0,
      supergraphSdl: stack.supergraphSdl,
      supergraphSource: { kind: 'file', path },
      // Deployed like SUBGRAPH_QUIZZES_URL: the composed supergraph records another address.
      subgraphUrls: { quizzes: quizzes.url },
      reloadIntervalMs: 50,
      logger: quietLogger(),
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await Promise.all([stack?.stop(), quizzes?.stop()])
    rmSync(dir, { recursive: true, force: true })
  })

  it('checks the subgraphs of the supergraph now served, at their configured URLs', async () => {
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', subgraphs: { content: 'up', reports: 'up' } } })

    writeFileSync(
      path,
      composeTestSupergraph([
        stack.content,
        stack.reports,
        { ...quizzes, url: 'http://127.0.0.1:9/graphql' },
        { name: 'identity', url: 'http://in-process.invalid/graphql', typeDefs: identityTypeDefs },
      ]),
    )
    let reply = await health()
    for (let attempt = 0; attempt < 60 && !('quizzes' in reply.body.subgraphs); attempt++) {
      await sleep(50)
      reply = await health()
    }
    expect(reply).toEqual({
      status: 200,
      body: { status: 'ok', subgraphs: { content: 'up', reports: 'up', quizzes: 'up' } },
    })
    expect((await postGraphQL(gateway.url, { query: '{ activeQuizCount }' })).body).toEqual({
      data: { activeQuizCount: 3 },
    })

    // A subgraph the new supergraph drops is no longer probed (nor reported down).
    writeFileSync(
      path,
      composeTestSupergraph([
        stack.content,
        quizzes,
        { name: 'identity', url: 'http://in-process.invalid/graphql', typeDefs: identityTypeDefs },
      ]),
    )
    reply = await health()
    for (let attempt = 0; attempt < 60 && 'reports' in reply.body.subgraphs; attempt++) {
      await sleep(50)
      reply = await health()
    }
    expect(reply).toEqual({ status: 200, body: { status: 'ok', subgraphs: { content: 'up', quizzes: 'up' } } })
  }, 30_000)
})
