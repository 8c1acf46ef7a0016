import type { CollectionBeforeChangeHook } from 'payload'
import { foldVietnamese } from '@caunoi/platform'

type LocalityData = {
  code?: string
  name?: string
  level?: string
  parent?: number | string | { id: number | string } | null
  parentCode?: string | null
  provinceCode?: string | null
  searchName?: string
}

const idOf = (ref: LocalityData['parent']) => (ref && typeof ref === 'object' ? ref.id : ref)

/**
 * Keeps the parent's and province's codes on each locality, so lookups by code (the only key
 * clients know) are single indexed queries instead of joins.
 */
export const deriveLocalityKeys: CollectionBeforeChangeHook = async ({ data, originalDoc, req, context }) => {
  const next = { ...(originalDoc as LocalityData | undefined), ...(data as LocalityData) }
  const parentId = idOf(next.parent)
  // Bulk imports pass the parent's codes in the (server-only) context instead of a lookup per row.
  const known = context.parentKeys as { code: string; provinceCode: string } | undefined
  if (parentId && known) {
    data.parentCode = known.code
    data.provinceCode = known.provinceCode
  } else if (parentId) {
    const parent = await req.payload.findByID({ collection: 'localities', id: parentId, depth: 0, req })
    data.parentCode = parent.code
    data.provinceCode = parent.provinceCode ?? parent.code
  } else {
    data.parentCode = null
    data.provinceCode = next.level === 'PROVINCE' ? next.code : null
  }
  if (next.name) data.searchName = foldVietnamese(next.name)
  return data
}
