import type { Access, Where } from 'payload'
import { editorScopeOf, scopeWhere } from './editorScope.ts'
import { isEditor } from './isEditor.ts'
import { versionsAccess } from './versionsAccess.ts'

/**
 * Access rules for content owned by a locality or unit. The public reads published documents;
 * an editor also reads drafts in their scope and changes only documents in their scope.
 */
export const PUBLISHED_VERSION: Where = { _status: { equals: 'published' } }

/** `published` is what the public may see (all when omitted): published versions, a published flag. */
export function scopedAccess(options: { published?: Where; publicRead: boolean; unitField?: string }) {
  const unitField = options.unitField ?? 'unit'
  const read: Access = async ({ req }) => {
    const published = options.published ?? true
    const publicPart = options.publicRead ? published : false
    if (!req.user) return publicPart
    const inScope = scopeWhere(await editorScopeOf(req), unitField)
    if (inScope === true || publicPart === true) return true
    if (inScope === false) return publicPart
    return publicPart === false ? inScope : { or: [publicPart, inScope] }
  }
  const write: Access = async ({ req }) => (req.user ? scopeWhere(await editorScopeOf(req), unitField) : false)
  // Versions are drafts and history: editors in scope only, never the public (nor officers).
  return { read, readVersions: versionsAccess(write), create: isEditor, update: write, delete: write }
}
