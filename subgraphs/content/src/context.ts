import type { Payload } from 'payload'
import { createContentLoaders, type ContentLoaders } from './loaders.ts'

export type ContentContext = {
  payload: Payload
  loaders: ContentLoaders
}

/** A fresh context per request: loaders cache only within one request, so no stale reads. */
export function createContentContext(payload: Payload): ContentContext {
  return { payload, loaders: createContentLoaders(payload) }
}
