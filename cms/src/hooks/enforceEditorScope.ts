import { APIError, type CollectionBeforeChangeHook } from 'payload'
import { editorScopeOf, keysInScope, type ScopeKeys } from '../access/editorScope.ts'

/**
 * Checks the document as it will be saved (not only as it was): an editor cannot create content
 * for another locality, nor move their own content out of their scope. Runs after deriveScopeKeys.
 */
export function enforceEditorScope(unitField = 'unit'): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req }) => {
    if (!req.user) return data
    const next = { ...(originalDoc as Record<string, unknown> | undefined), ...data }
    const keys: ScopeKeys = { provinceCode: next.provinceCode as string | null, unit: next[unitField] }
    if (!keysInScope(await editorScopeOf(req), keys)) {
      throw new APIError('Bạn chỉ được tạo hoặc sửa nội dung thuộc địa bàn, đơn vị mình phụ trách.', 403, null, true)
    }
    return data
  }
}
