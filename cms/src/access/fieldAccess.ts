import type { FieldAccess } from 'payload'
import { roleOf } from './roles.ts'

/** Internal bookkeeping fields: written by hooks and services, never through the admin or REST. */
export const nobodyField: FieldAccess = () => false

/** Fields only a super-admin changes (e.g. moving a report to another unit's queue). */
export const superAdminField: FieldAccess = ({ req }) => roleOf(req) === 'super-admin'
