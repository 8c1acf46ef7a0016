import type { Access, PayloadRequest, Where } from 'payload'
import { unitSubtree } from '../domain/unitSubtree.ts'
import { roleOf } from './roles.ts'
import { relationId } from '../domain/relationId.ts'

/** The units an officer acts for: their own and those under it, computed once per request. */
export async function officerUnits(req: PayloadRequest): Promise<number[]> {
  const unitId = relationId((req.user as { unit?: unknown } | null)?.unit)
  if (unitId === null) return []
  const cached = req.context.officerUnits as number[] | undefined
  if (cached) return cached
  const units = await unitSubtree(req.payload, unitId)
  req.context.officerUnits = units
  return units
}

/**
 * Officers see and process only the reports in the queues of their unit subtree (a provincial
 * police sees its communes'); super-admins see all; everyone else nothing.
 */
export const reportsInUnitScope: Access = async ({ req }): Promise<boolean | Where> => {
  const role = roleOf(req)
  if (role === 'super-admin') return true
  if (role !== 'officer') return false
  const units = await officerUnits(req)
  return units.length > 0 ? { unit: { in: units } } : false
}
