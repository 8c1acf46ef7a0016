import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type Logger,
  type SubgraphListenOptions,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createReportsContext, type ReportsContext } from './context.ts'
import { deriveReportKeys } from './domain/reportKeys.ts'
import { resolvers } from './resolvers/index.ts'

export const reportsTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export function createReportsSubgraph({ payload, logger }: { payload: Payload; logger: Logger }) {
  const keys = deriveReportKeys(payload.config.secret)
  const server = createSubgraphServer<ReportsContext>({ name: 'reports', typeDefs: reportsTypeDefs, resolvers, logger })
  return { server, createContext: (): ReportsContext => createReportsContext(payload, keys, logger) }
}

export function startReportsSubgraph(options: SubgraphListenOptions & { payload: Payload }) {
  return serveSubgraph(createReportsSubgraph(options), options)
}
