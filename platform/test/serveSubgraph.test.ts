import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CLAIMS_HEADER,
  callerOf,
  createLogger,
  createSubgraphServer,
  sendJson,
  serveSubgraph,
  signClaims,
  type RunningServer,
  type SubgraphRequest,
} from '../src/index.ts'

const SECRET = 'claims-secret-for-tests-0123456789abcdef'

const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    whoAmI: String!
    client: String!
  }
`

/** A subgraph that tells who it thinks is asking, over GraphQL and over a plain route. */
function startWhoAmI(name: string, claimsSecret: string | undefined): Promise<RunningServer> {
  const logger = createLogger('serve-subgraph-test')
  logger.level = 'silent'
  const server = createSubgraphServer<SubgraphRequest>({
    name,
    typeDefs,
    resolvers: {
      Query: {
        whoAmI: (_: unknown, __: unknown, context: SubgraphRequest) => context.identity?.role ?? 'anonymous',
        client: (_: unknown, __: unknown, context: SubgraphRequest) => context.clientAddress,
      },
    },
    logger,
  })
  return serveSubgraph(
    {
      name,
      server,
      createContext: (request) => request,
      routes: { '/client': (req, res) => sendJson(res, 200, callerOf(req)) },
    },
    { logger, port: 0, claimsSecret },
  )
}

async function ask(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ whoAmI client }' }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, any> }
}

const officer = { userId: '7', kind: 'staff', role: 'officer' } as const
const PEER = /^(::ffff:)?127\.0\.0\.1$/

describe('serveSubgraph identity and client', () => {
  let reports: RunningServer
  let dossiers: RunningServer
  let withoutSecret: RunningServer

  beforeAll(async () => {
    ;[reports, dossiers, withoutSecret] = await Promise.all([
      startWhoAmI('reports', SECRET),
      startWhoAmI('dossiers', SECRET),
      startWhoAmI('reports', undefined),
    ])
  })
  afterAll(async () => {
    await Promise.all([reports?.stop(), dossiers?.stop(), withoutSecret?.stop()])
  })

  it('treats a request without claims as anonymous, from its socket peer, whatever X-Forwarded-For says', async () => {
    const reply = await ask(reports.url, { 'x-forwarded-for': '198.51.100.23' })
    expect(reply.body.data.whoAmI).toBe('anonymous')
    expect(reply.body.data.client).toMatch(PEER)
  })

  it('gives resolvers the identity and client address the gateway signed for this subgraph', async () => {
    const header = signClaims({ audience: 'reports', clientAddress: '203.0.113.7', identity: officer }, SECRET)
    const reply = await ask(reports.url, { [CLAIMS_HEADER]: header, 'x-forwarded-for': '198.51.100.23' })
    expect(reply.body).toEqual({ data: { whoAmI: 'officer', client: '203.0.113.7' } })
  })

  it('gives an anonymous caller the gateway vouched for its address and no identity', async () => {
    const header = signClaims({ audience: 'reports', clientAddress: '203.0.113.8' }, SECRET)
    expect((await ask(reports.url, { [CLAIMS_HEADER]: header })).body).toEqual({
      data: { whoAmI: 'anonymous', client: '203.0.113.8' },
    })
  })

  it('tells plain routes the same caller as GraphQL resolvers', async () => {
    const base = reports.url.replace(/\/graphql$/, '')
    const signed = signClaims({ audience: 'reports', clientAddress: '203.0.113.9', identity: officer }, SECRET)
    expect(await (await fetch(`${base}/client`, { headers: { [CLAIMS_HEADER]: signed } })).json()).toEqual({
      clientAddress: '203.0.113.9',
      identity: officer,
    })
    const direct = (await (
      await fetch(`${base}/client`, { headers: { 'x-forwarded-for': '198.51.100.23' } })
    ).json()) as {
      clientAddress: string
    }
    expect(direct.clientAddress).toMatch(PEER)
  })

  it('refuses a claims header captured from a call to another subgraph', async () => {
    const forReports = signClaims({ audience: 'reports', clientAddress: '203.0.113.7', identity: officer }, SECRET)
    expect((await ask(reports.url, { [CLAIMS_HEADER]: forReports })).status).toBe(200)
    const reply = await ask(dossiers.url, { [CLAIMS_HEADER]: forReports })
    expect(reply.status).toBe(401)
    expect(reply.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })
    const route = await fetch(`${dossiers.url.replace(/\/graphql$/, '')}/client`, {
      headers: { [CLAIMS_HEADER]: forReports },
    })
    expect(route.status).toBe(401)
  })

  it('refuses forged claims sent straight to the subgraph with 401 UNAUTHENTICATED', async () => {
    const forged = signClaims(
      {
        audience: 'reports',
        clientAddress: '203.0.113.7',
        identity: { userId: '1', kind: 'staff', role: 'super-admin' },
      },
      'guessed-secret-0123456789abcdef0123',
    )
    const reply = await ask(reports.url, { [CLAIMS_HEADER]: forged })
    expect(reply.status).toBe(401)
    expect(reply.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })
  })

  it('refuses claims that expired, as a replayed capture would be', async () => {
    const old = signClaims({ audience: 'reports', clientAddress: '203.0.113.7' }, SECRET, Date.now() - 5 * 60_000)
    expect((await ask(reports.url, { [CLAIMS_HEADER]: old })).status).toBe(401)
  })

  it('refuses every claims header when it has no secret to verify them with', async () => {
    const header = signClaims({ audience: 'reports', clientAddress: '203.0.113.7', identity: officer }, SECRET)
    expect((await ask(withoutSecret.url, { [CLAIMS_HEADER]: header })).status).toBe(401)
  })
})
