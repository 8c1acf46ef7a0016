import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type Logger,
  type SubgraphListenOptions,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createReportsContext, type ReportsContext } from './context.ts'
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './domain/attachmentLimits.ts'
import { ReferenceData } from './domain/referenceData.ts'
import { deriveReportKeys } from './domain/reportKeys.ts'
import { attachmentsRoute } from './http/attachmentsRoute.ts'
import { OPEN311_PREFIX, open311Route } from './open311/open311Route.ts'
import { resolvers } from './resolvers/index.ts'

export const reportsTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

type ReportsOptions = {
  payload: Payload
  logger: Logger
  attachmentLimits?: AttachmentLimits
  /** The clock: real by default; tests of deadlines pass their own. */
  now?: () => Date
}

export function createReportsSubgraph({
  payload,
  logger,
  attachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
  now = () => new Date(),
}: ReportsOptions) {
  const keys = deriveReportKeys(payload.config.secret)
  const reference = new ReferenceData(payload)
  const server = createSubgraphServer<ReportsContext>({ name: 'reports', typeDefs: reportsTypeDefs, resolvers, logger })
  return {
    server,
    createContext: (): ReportsContext => createReportsContext(payload, reference, keys, logger, attachmentLimits, now),
    routes: {
      'POST /attachments': attachmentsRoute({ payload, logger, limits: attachmentLimits }),
      // Open311 clients reach the same submit path as submitReport, through the gateway.
      [`${OPEN311_PREFIX}*`]: open311Route({ payload, reference, keys, logger, attachmentLimits, now }),
    },
  }
}

export function startReportsSubgraph(options: SubgraphListenOptions & ReportsOptions) {
  return serveSubgraph(createReportsSubgraph(options), options)
}
