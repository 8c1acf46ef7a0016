import type { Access } from 'payload'

/** Drafts are for signed-in staff; the public sees published documents only. */
export const authenticatedOrPublished: Access = ({ req }) => {
  if (req.user) return true
  return { _status: { equals: 'published' } }
}
