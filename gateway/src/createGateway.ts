import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import type { Logger } from '@caunoi/platform'
import { createGatewayErrorFormatter } from './formatGatewayError.ts'
import { echoRequestId, type GatewayContext } from './requestId.ts'
import { SubgraphDataSource } from './SubgraphDataSource.ts'
import { listSubgraphs, unmatchedOverrides, type SubgraphUrls } from './subgraphs.ts'

export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 10_000

export type CreateGatewayOptions = {
  /** The composed supergraph (schema/supergraph.graphql): served as is, never fetched by introspection. */
  supergraphSdl: string
  /** Per-subgraph URL overrides by name, e.g. `{ content: 'http://content:4001/graphql' }`. */
  subgraphUrls?: SubgraphUrls
  logger: Logger
  /** Defaults to on everywhere but production. */
  introspection?: boolean
  subgraphTimeoutMs?: number
}

/** The public GraphQL server: Apollo Gateway executing query plans over the subgraphs. */
export function createGateway(options: CreateGatewayOptions): ApolloServer<GatewayContext> {
  const { supergraphSdl, subgraphUrls = {}, logger } = options
  const timeoutMs = options.subgraphTimeoutMs ?? DEFAULT_SUBGRAPH_TIMEOUT_MS

  const subgraphs = listSubgraphs(supergraphSdl, subgraphUrls)
  const urlOf = new Map(subgraphs.map((subgraph) => [subgraph.name, subgraph.url]))
  const unmatched = unmatchedOverrides(subgraphs, subgraphUrls)
  if (unmatched.length > 0) {
    logger.warn({ unmatched }, 'subgraph URL overrides name no subgraph of the supergraph; check the variable names')
  }

  const gateway = new ApolloGateway({
    supergraphSdl,
    logger: logger.child({ component: 'apollo-gateway' }),
    buildService: ({ name, url }) =>
      new SubgraphDataSource({ name, url: urlOf.get(name) ?? url ?? '', timeoutMs, logger }),
  })

  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createGatewayErrorFormatter(logger),
    includeStacktraceInErrorResponses: false,
    introspection: options.introspection ?? process.env.NODE_ENV !== 'production',
    plugins: [echoRequestId],
  })
}
