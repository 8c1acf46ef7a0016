import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLogger, createSubgraphServer, serveSubgraph, sendJson, type RunningServer } from '../src/index.ts'

const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    ok: Boolean
  }
`

describe('prefix routes', () => {
  let running: RunningServer
  let base: string

  beforeAll(async () => {
    const logger = createLogger('prefix-routes-test')
    logger.level = 'silent'
    const server = createSubgraphServer({ name: 'routes', typeDefs, resolvers: {}, logger })
    running = await serveSubgraph(
      {
        name: 'routes',
        server,
        createContext: () => ({}),
        routes: {
          '/api/*': (req, res) => sendJson(res, 200, { route: 'api', method: req.method, url: req.url }),
          '/api/v2/*': (req, res) => sendJson(res, 200, { route: 'api/v2', method: req.method, url: req.url }),
          'POST /api/v2/exact': (_req, res) => sendJson(res, 200, { route: 'exact' }),
        },
      },
      { logger, port: 0 },
    )
    base = running.url.replace(/\/graphql$/, '')
  })
  afterAll(async () => {
    await running?.stop()
  })

  const call = async (path: string, method = 'GET') => (await fetch(`${base}${path}`, { method })).json()

  it('answers every method under a "/prefix/*" route, the longest prefix first', async () => {
    expect(await call('/api/v2/requests/GT-1.json?x=1', 'POST')).toEqual({
      route: 'api/v2',
      method: 'POST',
      url: '/api/v2/requests/GT-1.json?x=1',
    })
    expect(await call('/api/other')).toMatchObject({ route: 'api', method: 'GET' })
  })

  it('lets an exact route win over a prefix, and leaves other paths unrouted', async () => {
    expect(await call('/api/v2/exact', 'POST')).toEqual({ route: 'exact' })
    expect((await fetch(`${base}/apiary`)).status).toBe(404)
    expect((await fetch(`${base}/api`)).status).toBe(404)
  })
})
