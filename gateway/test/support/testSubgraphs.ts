import { composeServices } from '@apollo/composition'
import { ApolloServer } from '@apollo/server'
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled'
import { buildSubgraphSchema } from '@apollo/subgraph'
import { createLogger, serveSubgraph, type Caller, type Logger, type RunningServer } from '@caunoi/platform'
import { GraphQLError, GraphQLScalarType, Kind, parse } from 'graphql'
import { identityTypeDefs } from '../../src/identity/identitySubgraph.ts'
import { TEST_CLAIMS_SECRET } from './tokens.ts'

/** A logger that keeps test output readable; the behaviour under test is in the responses. */
export function quietLogger(): Logger {
  const logger = createLogger('gateway-test')
  logger.level = 'silent'
  return logger
}

/** Apollo Server's cache hints: each subgraph declares the directive it uses. */
const CACHE_CONTROL_DECLARATION = /* GraphQL */ `
  enum CacheControlScope @inaccessible {
    PUBLIC
    PRIVATE
  }
  directive @cacheControl(
    maxAge: Int
    scope: CacheControlScope
    inheritMaxAge: Boolean
  ) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION
`

const contentTypeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])

  ${CACHE_CONTROL_DECLARATION}

  type Query {
    locality(code: ID!): Locality
    localities(first: Int!): [Locality!]!
    "Fails the way a broken database connection would."
    brokenLocality: Locality
  }

  type Locality @key(fields: "code") @cacheControl(maxAge: 300) {
    code: ID!
    name: String!
  }
`

const reportsTypeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@inaccessible"])

  ${CACHE_CONTROL_DECLARATION}

  scalar DateTime

  type Query {
    reportsSince(since: DateTime!): Int!
  }

  type ReportStats @cacheControl(maxAge: 60) {
    received: Int!
  }

  type Locality @key(fields: "code") @cacheControl(maxAge: 60) {
    code: ID!
    reportStats: ReportStats
  }
`

const localities = [
  { code: '01', name: 'Thành phố Hà Nội' },
  { code: '04', name: 'Tỉnh Cao Bằng' },
  { code: '33', name: 'Tỉnh Hưng Yên' },
]
const receivedReports: Record<string, number> = { '01': 120, '04': 7, '33': 42 }

/** A DateTime that rejects anything but an ISO date-time, like the real subgraphs' scalar. */
const DateTime = new GraphQLScalarType({
  name: 'DateTime',
  serialize: (value) => String(value),
  parseValue: (value) => {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
      throw new GraphQLError('DateTime phải là chuỗi ngày giờ ISO 8601.')
    }
    return new Date(value)
  },
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
})

export type TestSubgraph = RunningServer & {
  name: string
  typeDefs: string
  requestIds: string[]
  /** The client address of each call, as the subgraph admitted it (from the gateway's claims, else the peer). */
  clientAddresses: string[]
  /** Who each call came from, as the subgraph admitted it. */
  callers: Caller[]
  /** The claims header of each request, undefined when none was sent. */
  claimsHeaders: (string | undefined)[]
}

/**
 * Starts a subgraph the way a careless partner would run one: stack traces and internal messages
 * included in its errors, so the tests prove the gateway is what keeps them from clients.
 */
async function startSubgraph(name: string, typeDefs: string, resolvers: object, port = 0): Promise<TestSubgraph> {
  const requestIds: string[] = []
  const clientAddresses: string[] = []
  const callers: Caller[] = []
  const claimsHeaders: (string | undefined)[] = []
  const server = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(typeDefs), resolvers: resolvers as never }),
    includeStacktraceInErrorResponses: true,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  })
  // Served as the platform serves subgraphs: it verifies the claims the gateway signs for `name`.
  const running = await serveSubgraph(
    {
      name,
      server,
      createContext: ({ req, ...caller }) => {
        const requestId = req.headers['x-request-id']
        if (typeof requestId === 'string') requestIds.push(requestId)
        clientAddresses.push(caller.clientAddress)
        callers.push(caller)
        const claims = req.headers['x-caunoi-claims']
        claimsHeaders.push(typeof claims === 'string' ? claims : undefined)
        return {}
      },
    },
    { logger: quietLogger(), port, claimsSecret: TEST_CLAIMS_SECRET },
  )
  return { ...running, name, typeDefs, requestIds, clientAddresses, callers, claimsHeaders }
}

export function startContentSubgraph(): Promise<TestSubgraph> {
  return startSubgraph('content', contentTypeDefs, {
    Query: {
      locality: (_: unknown, { code }: { code: string }) => localities.find((l) => l.code === code) ?? null,
      localities: (_: unknown, { first }: { first: number }) => localities.slice(0, first),
      brokenLocality: () => {
        throw new Error('connect ECONNREFUSED postgres://payload:s3cret@10.0.0.5:5432/caunoi')
      },
    },
    Locality: {
      __resolveReference: ({ code }: { code: string }) => localities.find((l) => l.code === code) ?? null,
    },
  })
}

/** `port` restarts a stopped reports subgraph where the gateway expects it. */
export function startReportsSubgraph(port = 0): Promise<TestSubgraph> {
  return startSubgraph(
    'reports',
    reportsTypeDefs,
    {
      DateTime,
      Query: { reportsSince: () => 3 },
      Locality: {
        __resolveReference: ({ code }: { code: string }) => ({ code }),
        reportStats: ({ code }: { code: string }) => ({ received: receivedReports[code] ?? 0 }),
      },
    },
    port,
  )
}

/** Composes the supergraph the way the schema package does, with each subgraph's real URL. */
export function composeTestSupergraph(subgraphs: { name: string; url: string; typeDefs: string }[]): string {
  const result = composeServices(subgraphs.map(({ name, url, typeDefs }) => ({ name, url, typeDefs: parse(typeDefs) })))
  if (result.errors) throw new Error(result.errors.map((error) => error.message).join('\n'))
  return result.supergraphSdl
}

export type TestStack = {
  content: TestSubgraph
  reports: TestSubgraph
  supergraphSdl: string
  stop: () => Promise<void>
}

/** Both test subgraphs and their supergraph, for suites that start gateways with different settings. */
export async function startTestStack(): Promise<TestStack> {
  const [content, reports] = await Promise.all([startContentSubgraph(), startReportsSubgraph()])
  const stack: TestStack = {
    content,
    reports,
    // Like the real supergraph, with the identity subgraph that the gateway serves in-process.
    supergraphSdl: composeTestSupergraph([
      content,
      reports,
      { name: 'identity', url: 'http://in-process.invalid/graphql', typeDefs: identityTypeDefs },
    ]),
    // Stops whichever subgraphs the stack holds now: a test may have replaced one.
    stop: async () => {
      await Promise.all([stack.content.stop(), stack.reports.stop()])
    },
  }
  return stack
}

const quizzesTypeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])

  type Query {
    activeQuizCount: Int!
  }
`

/** A subgraph that joins the graph later (hot reload tests). */
export function startQuizzesSubgraph(): Promise<TestSubgraph> {
  return startSubgraph('quizzes', quizzesTypeDefs, { Query: { activeQuizCount: () => 3 } })
}
