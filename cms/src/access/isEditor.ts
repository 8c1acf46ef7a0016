import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Anyone who edits content; locality scoping is added per collection (inLocalityScope). */
export const isEditor: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'super-admin' || role === 'provincial-editor' || role === 'unit-editor'
}
