import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import { searchEntryOf, type SearchableCollection } from '../search/searchEntryOf.ts'

async function upsert(req: PayloadRequest, key: string, data: Record<string, unknown> | null) {
  const { docs } = await req.payload.find({
    collection: 'searchEntries',
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    req,
  })
  const existing = docs[0]
  if (!data) {
    if (existing)
      await req.payload.update({ collection: 'searchEntries', id: existing.id, data: { removed: true }, req })
    return
  }
  if (existing) await req.payload.update({ collection: 'searchEntries', id: existing.id, data, req })
  else await req.payload.create({ collection: 'searchEntries', data: data as never, req })
}

const KEY_PREFIX: Record<SearchableCollection, string> = {
  procedures: 'procedure',
  procedureOverrides: 'variant',
  handbookEntries: 'handbook',
  articles: 'article',
}

/** Keeps the document's search entry in step with its published version, in the same transaction. */
export function keepSearchEntry(collection: SearchableCollection): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: async ({ doc, req }) => {
      const entry = await searchEntryOf(req.payload, collection, doc.id, req)
      await upsert(req, `${KEY_PREFIX[collection]}:${doc.id}`, entry)
      return doc
    },
    afterDelete: async ({ doc, req }) => {
      await upsert(req, `${KEY_PREFIX[collection]}:${doc.id}`, null)
      return doc
    },
  }
}
