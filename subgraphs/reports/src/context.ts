import type { Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { ReportKeys } from './domain/reportKeys.ts'
import { createReportsLoaders, type ReportsLoaders } from './loaders.ts'

export type ReportsContext = {
  payload: Payload
  keys: ReportKeys
  logger: Logger
  loaders: ReportsLoaders
}

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createReportsContext(payload: Payload, keys: ReportKeys, logger: Logger): ReportsContext {
  return { payload, keys, logger, loaders: createReportsLoaders(payload) }
}
