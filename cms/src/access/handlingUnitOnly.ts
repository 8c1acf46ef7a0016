import type { FieldAccess } from 'payload'
import { roleOf } from './roles.ts'

const idOf = (ref: unknown) =>
  ref && typeof ref === 'object' && 'id' in ref ? Number((ref as { id: unknown }).id) : ref == null ? null : Number(ref)

/**
 * A reporter's identity is for the officers of the unit handling the report, not its parent units,
 * other units or administrators: it protects tipsters (Luật Tố cáo, Nghị định 13/2023 on personal data).
 */
export const handlingUnitOnly: FieldAccess = ({ req, doc }) => {
  if (roleOf(req) !== 'officer') return false
  const officerUnit = idOf((req.user as { unit?: unknown } | null)?.unit)
  return officerUnit !== null && doc !== undefined && officerUnit === idOf((doc as { unit?: unknown }).unit)
}

/** The place of a crime tip can identify the tipster; other reports' places are ordinary data. */
export const placeOfTipForHandlingUnit: FieldAccess = (args) =>
  (args.doc as { type?: string } | undefined)?.type !== 'CRIME_TIP' || handlingUnitOnly(args)
