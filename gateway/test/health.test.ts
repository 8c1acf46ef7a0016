import type { ServerResponse } from 'node:http'
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

/** What `npm start`'s supervisor publishes while it restarts the reports subgraph after a SIGKILL. */
const SUPERVISOR_SAYS = {
  content: { state: 'up', restarts: 0 },
  reports: { state: 'restarting', restarts: 1, lastExit: 'SIGKILL' },
  cms: { state: 'up', restarts: 0 },
  outbox: { state: 'failed', restarts: 5, lastExit: 'exit 1' },
  gateway: { state: 'up', restarts: 0 },
}

const answerJson = (body: string) => (res: ServerResponse) =>
  res.writeHead(200, { 'content-type': 'application/json' }).end(body)

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
  let supervisor: FakeServer
  let silentSupervisor: FakeServer
  let garbledSupervisor: FakeServer
  let supervised: RunningServer
  let supervisedBySilent: RunningServer
  let supervisedByGarbled: RunningServer
  let reportsStopped = false

  beforeAll(async () => {
    ;[content, reports, silent] = await Promise.all([
      startContentSubgraph(),
      startReportsSubgraph(),
      startFakeSubgraph(),
    ])
    ;[supervisor, silentSupervisor, garbledSupervisor] = await Promise.all([
      startFakeSubgraph(answerJson(JSON.stringify(SUPERVISOR_SAYS))),
      startFakeSubgraph(),
      startFakeSubgraph(answerJson('{"reports":{"state":"on fire"}}')),
    ])
    const supergraphSdl = composeTestSupergraph([content, reports])
    const supervisedBy = (status: FakeServer) =>
      startGateway({ port: 0, supergraphSdl, supervisorStatusUrl: status.url, logger: quietLogger() })
    ;[supervised, supervisedBySilent, supervisedByGarbled] = await Promise.all([
      supervisedBy(supervisor),
      supervisedBy(silentSupervisor),
      supervisedBy(garbledSupervisor),
    ])
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
    await Promise.all([
      gateway?.stop(),
      gatewayToSilentReports?.stop(),
      supervised?.stop(),
      supervisedBySilent?.stop(),
      supervisedByGarbled?.stop(),
    ])
    await Promise.all([supervisor?.stop(), silentSupervisor?.stop(), garbledSupervisor?.stop()])
    await Promise.all([content?.stop(), reportsStopped ? undefined : reports?.stop(), silent?.stop()])
  })

  it('answers 200 when every subgraph answers', async () => {
    expect(await getHealth(gateway.url)).toEqual({
      status: 200,
      body: { status: 'ok', subgraphs: { content: 'up', reports: 'up' } },
    })
  })

  it('counts a subgraph that answers as up, whatever its supervisor last said', async () => {
    expect(await getHealth(supervised.url)).toMatchObject({
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

  it("says which subgraph npm start's supervisor is restarting, with every supervised service but itself", async () => {
    expect(await getHealth(supervised.url)).toEqual({
      status: 503,
      body: {
        status: 'degraded',
        subgraphs: { content: 'up', reports: 'restarting' },
        services: {
          content: { state: 'up', restarts: 0 },
          reports: { state: 'restarting', restarts: 1, lastExit: 'SIGKILL' },
          cms: { state: 'up', restarts: 0 },
          outbox: { state: 'failed', restarts: 5, lastExit: 'exit 1' },
        },
      },
    })
  })

  it('relies on its own probes when the supervisor does not answer or answers nonsense', async () => {
    const asToday = { status: 503, body: { status: 'degraded', subgraphs: { content: 'up', reports: 'down' } } }
    expect(await getHealth(supervisedBySilent.url)).toEqual(asToday)
    expect(await getHealth(supervisedByGarbled.url)).toEqual(asToday)
  })
})
