export { ConfigError, loadEnv, portVar, redisUrlVar, urlVar, z } from './config/loadEnv.ts'
export { createLogger, type Logger } from './logging/logger.ts'
export {
  badUserInput,
  forbidden,
  notFound,
  problemsOf,
  rateLimited,
  ErrorCode,
  type FieldProblem,
} from './errors/errorCodes.ts'
export { createErrorFormatter } from './errors/formatError.ts'
export {
  serveGraphQL,
  sendJson,
  sendGraphQLError,
  type RunningServer,
  type RouteHandler,
  type RequestMiddleware,
} from './http/serveGraphQL.ts'
export { readBody, readBodyBytes, clientGone, BodyTooLargeError, BodyCutShortError } from './http/readBody.ts'
export { lingerOnUnreadBody } from './http/lingerOnUnreadBody.ts'
export { ClientFault, isClientFault, logRequestFailure } from './errors/clientFault.ts'
export { createSubgraphServer, readSchemaFile } from './subgraph/createSubgraphServer.ts'
export {
  DEFAULT_PAGE_SIZE,
  MAX_PAGE_SIZE,
  pageSize,
  encodeCursor,
  decodeCursor,
  toConnection,
  type Connection,
  type CursorKey,
} from './pagination/cursor.ts'
export { scalarResolvers } from './subgraph/scalars.ts'
export { foldVietnamese } from './text/foldVietnamese.ts'
export { deriveKey } from './crypto/deriveKey.ts'
export { byKey } from './loaders/byKey.ts'
export { sharedFreshReads } from './loaders/sharedFreshReads.ts'
export {
  createVerifierGuard,
  DEFAULT_VERIFIER_LIMITS,
  secondsLeft,
  type VerifierGuard,
  type VerifierLimits,
} from './limits/verifierGuard.ts'
export { sharedLimiter, type AttemptLimit, type LimiterStore } from './limits/sharedLimiter.ts'
export { backoffDelaySeconds, sharedBackoff, type BackoffLimit, type SharedBackoff } from './limits/backoffCounter.ts'
export { normalizeVietnamesePhone, normalizeIdNumber } from './text/vietnameseIdentity.ts'
export { findRepoRoot } from './config/findRepoRoot.ts'
export { serveSubgraph, type SubgraphListenOptions, type SubgraphRequest } from './subgraph/serveSubgraph.ts'
export { admitCaller, callerOf, type Caller } from './subgraph/callerOf.ts'
export {
  CLAIMS_HEADER,
  CLAIMS_TTL_SECONDS,
  InvalidClaimsError,
  signClaims,
  verifyClaims,
  type ClaimsEnvelope,
  type VerifiedClaims,
} from './identity/signedClaims.ts'
export { stopOnSignals } from './lifecycle/stopOnSignals.ts'
export { runService } from './lifecycle/runService.ts'
export {
  announceContentPublished,
  notifyGatewayWebhook,
  contentGenerationKey,
  contentPublishedChannel,
  CACHE_INVALIDATION_PATH,
  CACHE_WEBHOOK_SECRET_HEADER,
  type ContentPublishedEvent,
  type RedisPublisher,
} from './cache/contentPublished.ts'
export { startTracing, tracingRequested, type Tracing } from './telemetry/startTracing.ts'
export { isTracing } from './telemetry/tracingState.ts'
export { injectTraceContext } from './telemetry/traceRequests.ts'
export { operationOnSpan } from './telemetry/operationOnSpan.ts'
export {
  serviceStatusesSchema,
  SERVICE_STATES,
  SUPERVISOR_STATUS_URL,
  type ServiceState,
  type ServiceStatus,
  type ServiceStatuses,
} from './lifecycle/serviceStatus.ts'
export {
  ACCEPTED_YEARS,
  DATE_OUT_OF_RANGE_MESSAGE,
  INVALID_DATE_MESSAGE,
  isAcceptedDate,
  isStoredDateText,
  readAcceptedDate,
} from './dates/acceptedDate.ts'
