import { personalDataKeysOf } from '@caunoi/cms'
import {
  createSubgraphServer,
  readSchemaFile,
  serveSubgraph,
  type LimiterStore,
  type Logger,
  type SubgraphListenOptions,
  type SubgraphRequest,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import { createDossiersContext, type DossiersContext } from './context.ts'
import { createAttemptGuard, DEFAULT_ATTEMPT_LIMITS, type AttemptLimits } from './domain/attemptLimits.ts'
import { createDossiersForApplicantReader } from './domain/readDossiersForApplicant.ts'
import { createUnitAddresses } from './domain/unitAddresses.ts'
import { createDossierImporter } from './import/importDossiers.ts'
import { dossierImportRoute } from './import/importRoute.ts'
import { resolvers } from './resolvers/index.ts'

/** Its name in the supergraph: the gateway signs each call's claims for it. */
export const DOSSIERS_SUBGRAPH = 'dossiers'

export const dossiersTypeDefs = readSchemaFile(new URL('./schema.graphql', import.meta.url))

export type DossiersSubgraphOptions = {
  payload: Payload
  logger: Logger
  /** Replaceable in tests (the rating edit window, overdue flags). */
  now?: () => Date
  limits?: AttemptLimits
  /** Where the attempt counters live (Redis), so they hold across instances; per process without it. */
  limiterStore?: LimiterStore
}

export function createDossiersSubgraph({
  payload,
  logger,
  now = () => new Date(),
  limits,
  limiterStore,
}: DossiersSubgraphOptions) {
  const services = {
    payload,
    logger,
    now,
    keys: personalDataKeysOf(payload),
    guard: createAttemptGuard(limits ?? DEFAULT_ATTEMPT_LIMITS, limiterStore),
    shared: {
      dossiersForApplicant: createDossiersForApplicantReader(payload),
      unitAddresses: createUnitAddresses(payload),
    },
  }
  const server = createSubgraphServer<DossiersContext>({
    name: DOSSIERS_SUBGRAPH,
    typeDefs: dossiersTypeDefs,
    resolvers,
    logger,
    plugins: [
      { serverWillStart: async () => ({ serverWillStop: async () => services.shared.dossiersForApplicant.close() }) },
    ],
  })
  const importer = createDossierImporter(payload, logger)
  return {
    name: DOSSIERS_SUBGRAPH,
    server,
    importer,
    createContext: (request?: SubgraphRequest): DossiersContext =>
      createDossiersContext(services, request ? request.clientAddress : 'in-process'),
    postRoutes: { '/import/dossiers': dossierImportRoute(payload, importer, logger) },
  }
}

export function startDossiersSubgraph(options: SubgraphListenOptions & DossiersSubgraphOptions) {
  return serveSubgraph(createDossiersSubgraph(options), options)
}
