import type { Access, FieldAccess, PayloadRequest } from 'payload'
import { roleOf } from './roles.ts'

type UnitRef = number | string | { id: number | string } | null | undefined

/** The unit an officer belongs to, whether the session holds its id or the populated document. */
export function unitOf(req: Pick<PayloadRequest, 'user'>): number | string | null {
  const unit = (req.user as { unit?: UnitRef } | null | undefined)?.unit
  if (unit === null || unit === undefined) return null
  return typeof unit === 'object' ? unit.id : unit
}

/**
 * Super-admins see every document; an officer only those of their own unit (the `unit` field),
 * and an officer without a unit sees none. Used for dossiers and ratings.
 */
export const inOfficerUnit: Access = ({ req }) => {
  const role = roleOf(req)
  if (role === 'super-admin') return true
  const unit = unitOf(req)
  if (role !== 'officer' || unit === null) return false
  return { unit: { equals: unit } }
}

/** Field-level twin of inOfficerUnit, for fields (applicant identity) checked per document. */
export const officerOfDocumentUnitField: FieldAccess = ({ req, doc }) => {
  const role = roleOf(req)
  if (role === 'super-admin') return true
  const unit = unitOf(req)
  const docUnit = (doc as { unit?: UnitRef } | undefined)?.unit
  const docUnitId = docUnit && typeof docUnit === 'object' ? docUnit.id : docUnit
  return role === 'officer' && unit !== null && docUnitId !== undefined && String(docUnitId) === String(unit)
}
