import { createLocalReq, type Payload, type TypedUser, type Where } from 'payload'
import type { PreviewableCollection } from './previewPath.ts'

export type PreviewDecision =
  | { kind: 'anonymous' }
  | { kind: 'not-found' }
  | { kind: 'forbidden'; user: TypedUser }
  | { kind: 'allowed'; user: TypedUser }

/** Ids as the database adapter stores them: numbers for SQLite/PostgreSQL, ObjectId strings for MongoDB. */
const validId = (payload: Payload, id: string) =>
  payload.db.defaultIDType === 'number' ? /^\d{1,15}$/.test(id) : /^[A-Za-z0-9_-]{1,64}$/.test(id)

/**
 * Who may preview a document: the signed-in staff member (Payload session cookie or JWT header)
 * whom the collection's own update rule lets change it. Drafts are read only by editors in scope,
 * so the update rule is the same line the admin draws, whatever scoping the collection uses.
 */
export async function authorizePreview(
  payload: Payload,
  headers: Headers,
  collection: PreviewableCollection,
  id: string,
): Promise<PreviewDecision> {
  const { user } = await payload.auth({ headers })
  if (!user || user.collection !== 'users') return { kind: 'anonymous' }
  if (!validId(payload, id)) return { kind: 'not-found' }
  const byId: Where = { id: { equals: id } }
  const { totalDocs } = await payload.count({ collection, where: byId, overrideAccess: true })
  if (totalDocs === 0) return { kind: 'not-found' }

  const req = await createLocalReq({ user }, payload)
  const rule = payload.collections[collection].config.access.update
  // The generated types know only numeric ids (SQLite/PostgreSQL); validId has checked the form.
  const granted = rule
    ? await rule({ req, id: (payload.db.defaultIDType === 'number' ? Number(id) : id) as number })
    : false
  if (granted === true) return { kind: 'allowed', user }
  if (!granted) return { kind: 'forbidden', user }
  const inScope = await payload.count({ collection, where: { and: [byId, granted] }, overrideAccess: true, req })
  return inScope.totalDocs > 0 ? { kind: 'allowed', user } : { kind: 'forbidden', user }
}
