import type { Logger } from '@caunoi/platform'
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
  /** The clock: real in production, fixed or moved by hand in tests of deadlines. */
  now: () => Date
}

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createReportsContext(
  payload: Payload,
  reference: ReferenceData,
  keys: ReportKeys,
  logger: Logger,
  attachmentLimits: AttachmentLimits,
  now: () => Date,
): ReportsContext {
  return { payload, reference, keys, logger, loaders: createReportsLoaders(payload, now), attachmentLimits, now }
}
