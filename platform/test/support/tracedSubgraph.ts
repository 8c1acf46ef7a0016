// Run by tracing.test.ts as its own process (tracing is per process): starts tracing from the
// environment as a service would, answers one request that carries a caller's traceparent, stops,
// and prints what it observed as JSON.
import { createRequire } from 'node:module'
import { trace } from '@opentelemetry/api'
import { createLogger, createSubgraphServer, serveSubgraph, startTracing } from '../../src/index.ts'

const CALLER_TRACEPARENT = process.argv[2] ?? ''

const tracing = await startTracing('traced-test')
const logger = createLogger('traced-test')
logger.level = 'silent'
const server = createSubgraphServer({
  name: 'traced',
  typeDefs: /* GraphQL */ `
    extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
    type Query {
      ping: String!
    }
  `,
  resolvers: { Query: { ping: () => 'pong' } },
  logger,
})
const running = await serveSubgraph(
  { name: 'traced', server, createContext: (request) => request },
  { logger, port: 0 },
)
const response = await fetch(running.url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', traceparent: CALLER_TRACEPARENT, 'x-request-id': 'req-traced-1' },
  body: JSON.stringify({ query: 'query Ping { ping }' }),
})
const body = (await response.json()) as { data?: { ping?: string } }
await running.stop()
await tracing.stop()

const loaded = Object.keys(createRequire(import.meta.url).cache)
process.stdout.write(
  JSON.stringify({
    answer: body.data?.ping,
    enabled: tracing.enabled,
    sdkLoaded: loaded.some((path) => path.includes('@opentelemetry/sdk-node')),
    recording: trace.getTracer('probe').startSpan('probe').isRecording(),
  }),
)
