import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Stores the province code of the document's locality, so scope checks and province filters are
 * single indexed comparisons. National content (no locality) has none.
 */
export function deriveScopeKeys(localityField = 'locality'): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    const ref =
      localityField in data
        ? data[localityField]
        : (originalDoc as Record<string, unknown> | undefined)?.[localityField]
    const id = ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number | undefined)
    if (!id) {
      data.provinceCode = null
      return data
    }
    const locality = await req.payload.findByID({ collection: 'localities', id, depth: 0, req, overrideAccess: true })
    data.provinceCode = locality.provinceCode ?? locality.code
    return data
  }
}
