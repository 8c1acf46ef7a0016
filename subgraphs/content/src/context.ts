import type { Payload } from 'payload'
import type { HelpIndex } from './domain/helpIndex.ts'
import { createContentLoaders, type ContentLoaders } from './loaders.ts'

export type ContentContext = {
  payload: Payload
  loaders: ContentLoaders
  /** Shared by all requests of the process; it catches up with the CMS on each search. */
  helpIndex: HelpIndex
}

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createContentContext(payload: Payload, helpIndex: HelpIndex): ContentContext {
  return { payload, loaders: createContentLoaders(payload), helpIndex }
}
