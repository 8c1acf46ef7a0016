import { createSubgraphServer, readSchemaFile, serveGraphQL, type Logger, type RunningServer } from '@caunoi/platform'
import type { Payload } from 'payload'
import { createContentContext, type ContentContext } from './context.ts'
import { resolvers } from './resolvers/index.ts'

export const contentTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export function createContentSubgraph({ payload, logger }: { payload: Payload; logger: Logger }) {
  const server = createSubgraphServer<ContentContext>({ name: 'content', typeDefs: contentTypeDefs, resolvers, logger })
  return { server, createContext: () => createContentContext(payload) }
}

export async function startContentSubgraph(options: {
  payload: Payload
  logger: Logger
  port: number
  host?: string
}): Promise<RunningServer> {
  const { server, createContext } = createContentSubgraph(options)
  return serveGraphQL({ server, context: async () => createContext(), logger: options.logger, port: options.port, host: options.host })
}
