import { createLocalReq, type Payload, type TypedUser } from 'payload'
import { editorScopeOf, scopeWhere } from '../access/editorScope.ts'
import { QUICK_FILTER_COLLECTIONS, quickFiltersFor, type QuickFilterCollection } from './quickFilters.ts'

type Props = { collectionSlug?: string; payload?: Payload; user?: TypedUser | null }

const isQuickFilterCollection = (slug: string | undefined): slug is QuickFilterCollection =>
  (QUICK_FILTER_COLLECTIONS as readonly (string | undefined)[]).includes(slug)

/** Server component above the lists of content collections (admin.components.beforeList). */
export async function QuickFilters({ collectionSlug, payload, user }: Props) {
  if (!payload || !isQuickFilterCollection(collectionSlug)) return null
  const mine = user ? scopeWhere(await editorScopeOf(await createLocalReq({ user }, payload)), 'unit') : false
  const filters = quickFiltersFor(collectionSlug, mine)
  // Absolute links: the same component also renders inside list drawers, where "?" means the page.
  const list = `${payload.config.routes.admin}/collections/${collectionSlug}`
  return (
    <nav aria-label="Lọc nhanh" style={{ display: 'flex', flexWrap: 'wrap', gap: '8px', margin: '0 0 16px' }}>
      <strong>Lọc nhanh:</strong>
      {filters.map((f) => (
        <a
          key={f.label}
          href={f.href === '?' ? list : `${list}${f.href}`}
          className="pill pill--style-light pill--size-small"
        >
          {f.label}
        </a>
      ))}
    </nav>
  )
}
