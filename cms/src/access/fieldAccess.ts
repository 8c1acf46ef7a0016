import type { FieldAccess } from 'payload'
import { roleOf } from './roles.ts'

/** Reporter identity is for officers and super-admins only, in the admin and the Local API alike. */
export const officersOnlyField: FieldAccess = ({ req }) => {
  const role = roleOf(req)
  return role === 'super-admin' || role === 'officer'
}

/** Internal bookkeeping fields: written by hooks and services, never through the admin or REST. */
export const nobodyField: FieldAccess = () => false

/** Fields only a super-admin changes (e.g. moving a report to another unit's queue). */
export const superAdminField: FieldAccess = ({ req }) => roleOf(req) === 'super-admin'
