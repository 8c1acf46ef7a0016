import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Officers process citizen reports; super-admins may see them too. */
export const isOfficer: Access = ({ req }) => {
  const role = roleOf(req)
  return role === 'super-admin' || role === 'officer'
}
