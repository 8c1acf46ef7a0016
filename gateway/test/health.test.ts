import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { healthUrl, startFakeSubgraph, type FakeServer } from './support/http.ts'
import {
  composeTestSupergraph,
  quietLogger,
  startContentSubgraph,
  startReportsSubgraph,
  type TestSubgraph,
} from './support/testSubgraphs.ts'

async function getHealth(gatewayUrl: string) {
  const response = await fetch(healthUrl(gatewayUrl))
  return { status: response.status, body: await response.json() }
}

describe('GET /health', () => {
  let content: TestSubgraph
  let reports: TestSubgraph
  let silent: FakeServer
  let gateway: RunningServer
  let gatewayToSilentReports: RunningServer
  let reportsStopped = false

  beforeAll(async () => {
    ;[content, reports, silent] = await Promise.all([
      startContentSubgraph(),
      startReportsSubgraph(),
      startFakeSubgraph(),
    ])
    const supergraphSdl = composeTestSupergraph([content, reports])
    gateway = await startGateway({ port: 0, supergraphSdl, logger: quietLogger() })
    gatewayToSilentReports = await startGateway({
      port: 0,
      supergraphSdl,
      subgraphUrls: { reports: silent.url },
      healthTimeoutMs: 200,
      logger: quietLogger(),
    })
  })

  afterAll(async () => {
    await Promise.all([gateway?.stop(), gatewayToSilentReports?.stop()])
    await Promise.all([content?.stop(), reportsStopped ? undefined : reports?.stop(), silent?.stop()])
  })

  it('answers 200 when every subgraph answers', async () => {
    expect(await getHealth(gateway.url)).toEqual({
      status: 200,
      body: { status: 'ok', subgraphs: { content: 'up', reports: 'up' } },
    })
  })

  it('answers 503 naming the subgraph that is down', async () => {
    await reports.stop()
    reportsStopped = true

    expect(await getHealth(gateway.url)).toEqual({
      status: 503,
      body: { status: 'degraded', subgraphs: { content: 'up', reports: 'down' } },
    })
  })

  it('counts a subgraph that does not answer in time as down', async () => {
    const started = Date.now()

    expect(await getHealth(gatewayToSilentReports.url)).toEqual({
      status: 503,
      body: { status: 'degraded', subgraphs: { content: 'up', reports: 'down' } },
    })
    expect(Date.now() - started).toBeLessThan(1_000)
  })
})
