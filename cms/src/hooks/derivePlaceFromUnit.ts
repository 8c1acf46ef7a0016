import type { CollectionBeforeChangeHook } from 'payload'

type Ref = number | string | { id: number | string } | null | undefined
const idOf = (ref: Ref) => (ref && typeof ref === 'object' ? ref.id : ref)

/**
 * Keeps the unit's locality and province codes on a dossier or rating, so statistics per locality
 * are indexed queries. Importers that already know them pass them and skip the lookup.
 */
export const derivePlaceFromUnit: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const unitChanged = data.unit !== undefined && idOf(data.unit) !== idOf((originalDoc as { unit?: Ref })?.unit)
  if (!unitChanged && originalDoc) return data
  if (data.localityCode && data.provinceCode) return data
  const unit = await req.payload.findByID({ collection: 'units', id: idOf(data.unit)!, depth: 1, req })
  const locality = unit.locality as { code: string; provinceCode?: string | null }
  data.localityCode = locality.code
  data.provinceCode = locality.provinceCode ?? locality.code
  return data
}
