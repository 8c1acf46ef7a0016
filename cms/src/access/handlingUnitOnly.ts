import type { FieldAccess } from 'payload'
import { roleOf } from './roles.ts'
import { relationId } from '../domain/relationId.ts'

/**
 * A reporter's identity is for the officers of the unit handling the report, not its parent units,
 * other units or administrators: it protects tipsters (Luật Tố cáo, Nghị định 13/2023 on personal data).
 */
export const handlingUnitOnly: FieldAccess = ({ req, doc }) => {
  if (roleOf(req) !== 'officer') return false
  const officerUnit = relationId((req.user as { unit?: unknown } | null)?.unit)
  return officerUnit !== null && doc !== undefined && officerUnit === relationId((doc as { unit?: unknown }).unit)
}

/** The place of a crime tip can identify the tipster; other reports' places are ordinary data. */
export const placeOfTipForHandlingUnit: FieldAccess = (args) =>
  (args.doc as { type?: string } | undefined)?.type !== 'CRIME_TIP' || handlingUnitOnly(args)
