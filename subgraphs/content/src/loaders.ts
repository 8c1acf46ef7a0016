import { byKey } from '@caunoi/platform'
import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import type {
  Article,
  ArticleCounter,
  Media,
  HandbookEntry,
  Hotline,
  Locality,
  Procedure,
  ProcedureOverride,
  Unit,
} from '@caunoi/cms'

type Id = number | string
type OverrideKey = { procedureId: Id; localityIds: Id[] }

function groupBy<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K | null | undefined): V[][] {
  const groups = new Map<K, V[]>(keys.map((key) => [key, []]))
  for (const row of rows) {
    const key = keyOf(row)
    if (key !== null && key !== undefined) groups.get(key)?.push(row)
  }
  return keys.map((key) => groups.get(key) ?? [])
}

const idOf = (ref: Id | { id: Id } | null | undefined): Id | null =>
  ref === null || ref === undefined ? null : typeof ref === 'object' ? ref.id : ref

/** One query per kind of lookup per request, whatever the shape of the client's query. */
export function createContentLoaders(payload: Payload) {
  const localityById = new DataLoader<Id, Locality | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  const localityByCode = new DataLoader<string, Locality | null>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { code: { in: [...codes] } },
      pagination: false,
      depth: 0,
    })
    for (const doc of docs) localityById.prime(doc.id, doc)
    return byKey(codes, docs, (doc) => doc.code)
  })
  const childrenByParentCode = new DataLoader<string, Locality[]>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'localities',
      where: { parentCode: { in: [...codes] } },
      pagination: false,
      depth: 0,
      sort: 'code',
    })
    return groupBy(codes, docs, (doc) => doc.parentCode)
  })
  const unitById = new DataLoader<Id, Unit | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'units',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  const unitsByLocalityId = new DataLoader<Id, Unit[]>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'units',
      where: { locality: { in: [...ids] } },
      pagination: false,
      depth: 0,
      sort: 'name',
    })
    for (const doc of docs) unitById.prime(doc.id, doc)
    return groupBy(ids, docs, (doc) => idOf(doc.locality))
  })
  const hotlinesByLocalityId = new DataLoader<Id, Hotline[]>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'hotlines',
      where: { locality: { in: [...ids] } },
      pagination: false,
      depth: 0,
      sort: 'sortOrder',
    })
    return groupBy(ids, docs, (doc) => idOf(doc.locality))
  })
  const hotlinesByUnitId = new DataLoader<Id, Hotline[]>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'hotlines',
      where: { unit: { in: [...ids] } },
      pagination: false,
      depth: 0,
      sort: 'sortOrder',
    })
    return groupBy(ids, docs, (doc) => idOf(doc.unit))
  })
  const procedureByCode = new DataLoader<string, Procedure | null>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'procedures',
      where: { code: { in: [...codes] } },
      pagination: false,
      depth: 0,
    })
    return byKey(codes, docs, (doc) => doc.code)
  })
  // Published local versions only (an editor's draft never reaches citizens), for a locality chain.
  const publishedOverrides = new DataLoader<OverrideKey, ProcedureOverride[], string>(
    async (keys) => {
      const { docs } = await payload.find({
        collection: 'procedureOverrides',
        where: {
          and: [
            { procedure: { in: [...new Set(keys.map((k) => k.procedureId))] } },
            { locality: { in: [...new Set(keys.flatMap((k) => k.localityIds))] } },
            { _status: { equals: 'published' } },
          ],
        },
        pagination: false,
        depth: 0,
      })
      return keys.map((k) =>
        docs.filter(
          (d) =>
            String(idOf(d.procedure)) === String(k.procedureId) &&
            k.localityIds.some((l) => String(l) === String(idOf(d.locality))),
        ),
      )
    },
    { cacheKeyFn: (k) => `${k.procedureId}@${k.localityIds.join(',')}` },
  )
  // Public reads go through the collections' access rules: published documents only.
  const articleById = new DataLoader<Id, Article | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'articles',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  const handbookEntryById = new DataLoader<Id, HandbookEntry | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'handbookEntries',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
      overrideAccess: false,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  const procedureById = new DataLoader<Id, Procedure | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'procedures',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  const countersByArticleId = new DataLoader<Id, ArticleCounter | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'articleCounters',
      where: { article: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => idOf(doc.article) as Id)
  })
  const mediaById = new DataLoader<Id, Media | null>(async (ids) => {
    const { docs } = await payload.find({
      collection: 'media',
      where: { id: { in: [...ids] } },
      pagination: false,
      depth: 0,
    })
    return byKey(ids, docs, (doc) => doc.id as Id)
  })
  return {
    mediaById,
    articleById,
    handbookEntryById,
    procedureById,
    countersByArticleId,
    procedureByCode,
    publishedOverrides,
    localityById,
    localityByCode,
    childrenByParentCode,
    unitById,
    unitsByLocalityId,
    hotlinesByLocalityId,
    hotlinesByUnitId,
  }
}

export type ContentLoaders = ReturnType<typeof createContentLoaders>
export { idOf }
