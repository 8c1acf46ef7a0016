import type { Where } from 'payload'
import { ARTICLE_CATEGORIES } from '../collections/Articles/categories.ts'
import { ONLINE_LEVELS, PROCEDURE_FIELDS } from '../collections/Procedures/fields.ts'
import { listQuery } from './listQuery.ts'

export type QuickFilter = { label: string; href: string }

/** The server component Payload renders above these lists (a path in the import map). */
export const QUICK_FILTERS_COMPONENT = '/admin/QuickFilters#QuickFilters'

/** Collections whose list gets quick filters above it. */
export const QUICK_FILTER_COLLECTIONS = [
  'articles',
  'handbookEntries',
  'hotlines',
  'patrolSchedules',
  'procedures',
  'procedureOverrides',
] as const
export type QuickFilterCollection = (typeof QUICK_FILTER_COLLECTIONS)[number]

const DRAFTS: QuickFilter[] = [
  { label: 'Bản nháp', href: listQuery([{ _status: { equals: 'draft' } }]) },
  { label: 'Đã công bố', href: listQuery([{ _status: { equals: 'published' } }]) },
]

/** Collections scoped by locality and unit (scopedAccess): "mine" applies to them. */
const SCOPED = new Set<QuickFilterCollection>([
  'articles',
  'handbookEntries',
  'hotlines',
  'patrolSchedules',
  'procedureOverrides',
])

function byCollection(collection: QuickFilterCollection, now: Date): QuickFilter[] {
  switch (collection) {
    case 'articles':
      return [
        ...DRAFTS,
        ...ARTICLE_CATEGORIES.map((c) => ({ label: c.label, href: listQuery([{ category: { equals: c.value } }]) })),
      ]
    case 'handbookEntries':
      return [...DRAFTS, { label: 'Toàn quốc', href: listQuery([{ locality: { exists: false } }]) }]
    case 'hotlines':
      return []
    case 'patrolSchedules':
      return [
        { label: 'Chưa công bố', href: listQuery([{ published: { not_equals: true } }]) },
        { label: 'Đã công bố', href: listQuery([{ published: { equals: true } }]) },
        { label: 'Đang và sắp diễn ra', href: listQuery([{ endsOn: { greater_than_equal: now.toISOString() } }]) },
      ]
    case 'procedures':
      return [
        ...PROCEDURE_FIELDS.map((f) => ({ label: f.label, href: listQuery([{ field: { equals: f.value } }]) })),
        ...ONLINE_LEVELS.map((l) => ({
          label: `Trực tuyến: ${l.label}`,
          href: listQuery([{ onlineLevel: { equals: l.value } }]),
        })),
      ]
    case 'procedureOverrides':
      return DRAFTS
  }
}

/**
 * Links above a list: everything, what the signed-in editor is responsible for (`mine`, the
 * condition their own access rule uses), then status and the collection's own fields.
 */
export function quickFiltersFor(
  collection: QuickFilterCollection,
  mine: Where | boolean,
  now: Date = new Date(),
): QuickFilter[] {
  const scoped =
    SCOPED.has(collection) && typeof mine === 'object'
      ? [{ label: 'Trong phạm vi của tôi', href: listQuery([mine]) }]
      : []
  return [{ label: 'Tất cả', href: '?' }, ...scoped, ...byCollection(collection, now)]
}
