import { APIError, type CollectionBeforeValidateHook } from 'payload'

const idOf = (ref: unknown) => (ref && typeof ref === 'object' ? (ref as { id: number }).id : (ref as number))

/**
 * One override per procedure and locality, or the merge would have to pick between two. Also keeps
 * a readable label ("1.004222 · Thành phố Hà Nội") for list views.
 */
export const oneOverridePerLocality: CollectionBeforeValidateHook = async ({ data, originalDoc, req }) => {
  const next = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
  const procedure = idOf(next.procedure)
  const locality = idOf(next.locality)
  if (!procedure || !locality) return data
  const { docs } = await req.payload.find({
    collection: 'procedureOverrides',
    where: { and: [{ procedure: { equals: procedure } }, { locality: { equals: locality } }] },
    draft: true,
    depth: 0,
    limit: 2,
    req,
    overrideAccess: true,
  })
  if (docs.some((d) => d.id !== originalDoc?.id)) {
    throw new APIError('Thủ tục này đã có bản áp dụng riêng cho địa bàn đã chọn.', 400, null, true)
  }
  const [p, l] = await Promise.all([
    req.payload.findByID({ collection: 'procedures', id: procedure, depth: 0, req, overrideAccess: true }),
    req.payload.findByID({ collection: 'localities', id: locality, depth: 0, req, overrideAccess: true }),
  ])
  return { ...data, label: `${p.code} · ${l.name}` }
}
