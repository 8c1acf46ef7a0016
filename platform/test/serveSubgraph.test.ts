import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  CLAIMS_HEADER,
  createLogger,
  createSubgraphServer,
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
  }
`

function startWhoAmI(claimsSecret: string | undefined): Promise<RunningServer> {
  const logger = createLogger('serve-subgraph-test')
  logger.level = 'silent'
  const server = createSubgraphServer<SubgraphRequest>({
    name: 'who',
    typeDefs,
    resolvers: {
      Query: { whoAmI: (_: unknown, __: unknown, context: SubgraphRequest) => context.identity?.role ?? 'anonymous' },
    },
    logger,
  })
  return serveSubgraph({ server, createContext: (request) => request }, { logger, port: 0, claimsSecret })
}

async function ask(url: string, headers: Record<string, string> = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ whoAmI }' }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

describe('serveSubgraph identity', () => {
  let subgraph: RunningServer
  let withoutSecret: RunningServer

  beforeAll(async () => {
    subgraph = await startWhoAmI(SECRET)
    withoutSecret = await startWhoAmI(undefined)
  })
  afterAll(async () => {
    await Promise.all([subgraph?.stop(), withoutSecret?.stop()])
  })

  it('treats a request without claims as anonymous', async () => {
    expect((await ask(subgraph.url)).body).toEqual({ data: { whoAmI: 'anonymous' } })
  })

  it('gives resolvers the claims the gateway signed', async () => {
    const header = signClaims({ userId: '7', kind: 'staff', role: 'officer' }, SECRET)
    expect((await ask(subgraph.url, { [CLAIMS_HEADER]: header })).body).toEqual({ data: { whoAmI: 'officer' } })
  })

  it('refuses forged claims sent straight to the subgraph with 401 UNAUTHENTICATED', async () => {
    const forged = signClaims(
      { userId: '1', kind: 'staff', role: 'super-admin' },
      'guessed-secret-0123456789abcdef0123',
    )
    const reply = await ask(subgraph.url, { [CLAIMS_HEADER]: forged })
    expect(reply.status).toBe(401)
    expect(reply.body).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] })
  })

  it('refuses every claims header when it has no secret to verify them with', async () => {
    const header = signClaims({ userId: '7', kind: 'staff', role: 'officer' }, SECRET)
    expect((await ask(withoutSecret.url, { [CLAIMS_HEADER]: header })).status).toBe(401)
  })
})
