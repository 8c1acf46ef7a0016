import type { Logger, VerifierGuard } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { AttachmentLimits } from './domain/attachmentLimits.ts'
import type { ReferenceData } from './domain/referenceData.ts'
import type { ReportKeys } from './domain/reportKeys.ts'
import { createReportsLoaders, type ReportsLoaders } from './loaders.ts'

export type ReportsContext = {
  payload: Payload
  /** Routing rules, deadlines and localities, reused across requests until they change. */
  reference: ReferenceData
  keys: ReportKeys
  logger: Logger
  loaders: ReportsLoaders
  attachmentLimits: AttachmentLimits
  /** Wrong verifiers per tracking code and per client (a published code invites guessing). */
  guard: VerifierGuard
  /** Who is asking, for the guard: the address the gateway signed for this call, else the socket's peer. */
  client: string
  /** The clock: real in production, fixed or moved by hand in tests of deadlines. */
  now: () => Date
}

export type ReportsServices = Omit<ReportsContext, 'loaders' | 'client'>

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createReportsContext(services: ReportsServices, client: string): ReportsContext {
  return { ...services, client, loaders: createReportsLoaders(services.payload, services.now) }
}
