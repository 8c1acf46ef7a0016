import { Writable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { pino } from 'pino'
import { createSubgraphServer, serveSubgraph, type RunningServer } from '../src/index.ts'
import { abandonRaw, rawRequestBytes, sendRaw } from '../src/testing/index.ts'

type LogRecord = { level: number; msg: string; err?: { stack?: string }; [key: string]: unknown }
const WARN = 40
const ERROR = 50

const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    hello: String!
  }
`

/** A subgraph whose log lines are kept, to tell the client's faults (warn) from ours (error). */
function startLoggedSubgraph(records: LogRecord[]): Promise<RunningServer> {
  const logger = pino(
    { level: 'warn' },
    new Writable({
      write(chunk, _encoding, done) {
        records.push(JSON.parse(String(chunk)) as LogRecord)
        done()
      },
    }),
  )
  const server = createSubgraphServer({
    name: 'hello',
    typeDefs,
    resolvers: { Query: { hello: () => 'xin chào' } },
    logger,
  })
  return serveSubgraph({ name: 'hello', server, createContext: () => ({}) }, { logger, port: 0 })
}

const QUERY = JSON.stringify({ query: '{ hello }' })

async function stillAnswers(url: string) {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY })
  expect(response.status).toBe(200)
  expect(await response.json()).toEqual({ data: { hello: 'xin chào' } })
}

describe('requests cut short or malformed', () => {
  const records: LogRecord[] = []
  let subgraph: RunningServer

  beforeAll(async () => {
    subgraph = await startLoggedSubgraph(records)
  })
  afterAll(() => subgraph?.stop())

  const noErrorsLogged = () => expect(records.filter((r) => r.level >= ERROR)).toEqual([])
  const noStacks = () =>
    expect(records.filter((r) => r.err !== undefined || JSON.stringify(r).includes('    at '))).toEqual([])

  it('answers 400 in JSON to a request line that is not HTTP, and keeps serving', async () => {
    const answer = await sendRaw(subgraph.url, Buffer.from('GARBAGE\r\n\r\n'))
    expect(answer.status).toBe(400)
    expect(answer.headers).toContain('content-type: application/json')
    expect(JSON.parse(answer.body)).toEqual({
      errors: [{ message: expect.stringMatching(/không hợp lệ/), extensions: { code: 'BAD_REQUEST' } }],
    })
    await stillAnswers(subgraph.url)
  })

  it('answers 400 in JSON to a body shorter than its Content-Length, logged at warn without a stack', async () => {
    records.length = 0
    const bytes = rawRequestBytes({
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: QUERY.slice(0, 8),
      contentLength: QUERY.length,
    })
    const answer = await sendRaw(subgraph.url, bytes, { thenEnd: true })
    expect(answer.status).toBe(400)
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST')
    await stillAnswers(subgraph.url)
    expect(records.some((r) => r.level === WARN)).toBe(true)
    noErrorsLogged()
    noStacks()
  })

  it('lets a client go mid-body without an error logged, and keeps serving', async () => {
    records.length = 0
    const bytes = rawRequestBytes({
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      body: QUERY.slice(0, 8),
      contentLength: QUERY.length,
    })
    await abandonRaw(subgraph.url, bytes)
    await stillAnswers(subgraph.url)
    noErrorsLogged()
    noStacks()
  })

  it('refuses headers too large with 431 in JSON', async () => {
    const bytes = rawRequestBytes({ method: 'GET', path: '/graphql', headers: { 'x-padding': 'a'.repeat(20_000) } })
    const answer = await sendRaw(subgraph.url, bytes)
    expect(answer.status).toBe(431)
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST')
    await stillAnswers(subgraph.url)
  })
})
