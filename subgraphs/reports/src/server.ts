import {
  createSubgraphServer,
  createVerifierGuard,
  DEFAULT_VERIFIER_LIMITS,
  readSchemaFile,
  serveSubgraph,
  type LimiterStore,
  type Logger,
  type SubgraphListenOptions,
  type SubgraphRequest,
  type VerifierLimits,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createReportsContext, type ReportsContext, type ReportsServices } from './context.ts'
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits } from './domain/attachmentLimits.ts'
import { ReferenceData } from './domain/referenceData.ts'
import { deriveReportKeys } from './domain/reportKeys.ts'
import { attachmentsRoute } from './http/attachmentsRoute.ts'
import { OPEN311_PREFIX, open311Route } from './open311/open311Route.ts'
import { resolvers } from './resolvers/index.ts'

/** Its name in the supergraph: the gateway signs each call's claims for it. */
export const REPORTS_SUBGRAPH = 'reports'

export const reportsTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

type ReportsOptions = {
  payload: Payload
  logger: Logger
  attachmentLimits?: AttachmentLimits
  /** The clock: real by default; tests of deadlines pass their own. */
  now?: () => Date
  verifierLimits?: VerifierLimits
  /** Where the wrong-verifier counters live (Redis), so they hold across instances; per process without it. */
  limiterStore?: LimiterStore
}

export function createReportsSubgraph({
  payload,
  logger,
  attachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
  now = () => new Date(),
  verifierLimits = DEFAULT_VERIFIER_LIMITS,
  limiterStore,
}: ReportsOptions) {
  const services: ReportsServices = {
    payload,
    reference: new ReferenceData(payload),
    keys: deriveReportKeys(payload.config.secret),
    logger,
    attachmentLimits,
    guard: createVerifierGuard(verifierLimits, limiterStore),
    now,
  }
  const server = createSubgraphServer<ReportsContext>({
    name: REPORTS_SUBGRAPH,
    typeDefs: reportsTypeDefs,
    resolvers,
    logger,
  })
  return {
    name: REPORTS_SUBGRAPH,
    server,
    createContext: (request?: SubgraphRequest): ReportsContext =>
      createReportsContext(services, request ? request.clientAddress : 'in-process'),
    routes: {
      'POST /attachments': attachmentsRoute({ payload, logger, limits: attachmentLimits }),
      // Open311 clients reach the same submit path as submitReport, through the gateway.
      [`${OPEN311_PREFIX}*`]: open311Route(services),
    },
  }
}

export function startReportsSubgraph(options: SubgraphListenOptions & ReportsOptions) {
  return serveSubgraph(createReportsSubgraph(options), options)
}
