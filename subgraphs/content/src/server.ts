import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type Logger,
  type SubgraphListenOptions,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createContentContext, type ContentContext } from './context.ts'
import { resolvers } from './resolvers/index.ts'

export const contentTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export function createContentSubgraph({ payload, logger }: { payload: Payload; logger: Logger }) {
  const server = createSubgraphServer<ContentContext>({ name: 'content', typeDefs: contentTypeDefs, resolvers, logger })
  return { server, createContext: () => createContentContext(payload) }
}

export function startContentSubgraph(options: SubgraphListenOptions & { payload: Payload }) {
  return serveSubgraph(createContentSubgraph(options), options)
}
