import type { PersonalDataKeys } from '@caunoi/cms'
import type { Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import type { AttemptGuard } from './domain/attemptLimits.ts'
import { createDossiersLoaders, type DossiersLoaders, type SharedReads } from './loaders.ts'

export type DossiersContext = {
  payload: Payload
  keys: PersonalDataKeys
  logger: Logger
  loaders: DossiersLoaders
  guard: AttemptGuard
  /** Per process, for every request's loaders. */
  shared: SharedReads
  /** Who is asking, for rate limits: the address the gateway signed for this call, else the socket's peer. */
  client: string
  /** The time rules are judged by (due dates, the rating edit window); replaceable in tests. */
  now: () => Date
}

export type DossiersServices = Omit<DossiersContext, 'loaders' | 'client'>

/** A fresh context per request: loaders cache only within one request, so no stale dossier reads. */
export function createDossiersContext(services: DossiersServices, client: string): DossiersContext {
  return { ...services, client, loaders: createDossiersLoaders(services.payload, services.shared) }
}
