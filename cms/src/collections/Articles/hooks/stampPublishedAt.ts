import type { CollectionBeforeChangeHook } from 'payload'

/** A published article always has a publication date: lists are ordered and paged by it. */
export const stampPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) data.publishedAt = new Date().toISOString()
  return data
}
