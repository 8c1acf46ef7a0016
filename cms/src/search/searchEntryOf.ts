import type { Payload, PayloadRequest } from 'payload'
import type { SearchEntry } from '../payload-types.ts'

export type SearchableCollection = 'procedures' | 'procedureOverrides' | 'handbookEntries' | 'articles'
type EntryData = Omit<SearchEntry, 'id' | 'createdAt' | 'updatedAt'>

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number))

/** Plain text of a Lexical document, for the search body. */
function lexicalText(node: unknown): string {
  if (!node || typeof node !== 'object') return ''
  const { text, children, root } = node as { text?: unknown; children?: unknown; root?: unknown }
  if (root) return lexicalText(root)
  const own = typeof text === 'string' ? text : ''
  const inner = Array.isArray(children) ? children.map(lexicalText).join(' ') : ''
  return `${own} ${inner}`.trim()
}

const codeOfLocality = async (payload: Payload, ref: unknown, req?: PayloadRequest) => {
  const id = idOf(ref)
  return id ? (await payload.findByID({ collection: 'localities', id, depth: 0, req })).code : null
}

/**
 * What the public can find of a document: its published version only (a draft saved over a
 * published document leaves the published text searchable; a never-published one is not public).
 */
export async function searchEntryOf(
  payload: Payload,
  collection: SearchableCollection,
  id: number,
  req?: PayloadRequest,
): Promise<EntryData | null> {
  const doc = (await payload
    .findByID({ collection, id, depth: 0, draft: false, disableErrors: true, req })
    .catch(() => null)) as Record<string, unknown> | null
  if (!doc) return null
  const published = doc._status === undefined || doc._status === 'published'
  const base = { refId: id, public: published, removed: false }
  switch (collection) {
    case 'procedures':
      return {
        ...base,
        key: `procedure:${id}`,
        kind: 'PROCEDURE',
        refKey: doc.code as string,
        title: doc.title as string,
        body: [doc.summary, doc.submitAt, doc.fees].filter(Boolean).join('. '),
        tags: doc.field as string,
        localityCode: null,
      }
    case 'procedureOverrides': {
      const procedure = await payload.findByID({ collection: 'procedures', id: idOf(doc.procedure), depth: 0, req })
      return {
        ...base,
        key: `variant:${id}`,
        kind: 'PROCEDURE_VARIANT',
        refKey: procedure.code,
        title: procedure.title,
        body: [doc.submitAt, doc.fees, doc.processingTime, doc.note].filter(Boolean).join('. '),
        tags: procedure.field,
        localityCode: await codeOfLocality(payload, doc.locality, req),
      }
    }
    case 'handbookEntries':
      return {
        ...base,
        key: `handbook:${id}`,
        kind: 'HANDBOOK',
        refKey: String(id),
        title: doc.question as string,
        body: doc.answer as string,
        tags: ((doc.tags as string[] | null) ?? []).join(' '),
        localityCode: await codeOfLocality(payload, doc.locality, req),
      }
    case 'articles':
      return {
        ...base,
        key: `article:${id}`,
        kind: 'ARTICLE',
        refKey: doc.slug as string,
        title: doc.title as string,
        body: [doc.summary, lexicalText(doc.content)].filter(Boolean).join('. '),
        tags: ((doc.tags as string[] | null) ?? []).join(' '),
        localityCode: await codeOfLocality(payload, doc.locality, req),
      }
  }
}
