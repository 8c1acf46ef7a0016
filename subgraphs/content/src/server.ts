import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type Logger,
  type SubgraphListenOptions,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createContentContext, type ContentContext } from './context.ts'
import { HelpIndex } from './domain/helpIndex.ts'
import { resolvers } from './resolvers/index.ts'

/** Its name in the supergraph: the gateway signs each call's claims for it. */
export const CONTENT_SUBGRAPH = 'content'

export const contentTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export function createContentSubgraph({ payload, logger }: { payload: Payload; logger: Logger }) {
  const server = createSubgraphServer<ContentContext>({
    name: CONTENT_SUBGRAPH,
    typeDefs: contentTypeDefs,
    resolvers,
    logger,
  })
  const helpIndex = new HelpIndex(payload)
  return { name: CONTENT_SUBGRAPH, server, helpIndex, createContext: () => createContentContext(payload, helpIndex) }
}

export function startContentSubgraph(options: SubgraphListenOptions & { payload: Payload }) {
  return serveSubgraph(createContentSubgraph(options), options)
}
