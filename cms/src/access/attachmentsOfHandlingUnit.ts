import type { Access, PayloadRequest, Where } from 'payload'
import { relationId } from '../domain/relationId.ts'
import { roleOf } from './roles.ts'
import { unitOf } from './inOfficerUnit.ts'

/** The attachments of the reports the unit handles now, so they follow a report moved to another unit. */
async function attachmentsHandledBy(req: PayloadRequest, unit: number | string): Promise<number[]> {
  const key = `attachmentsOfUnit:${unit}`
  const cached = req.context[key] as Promise<number[]> | undefined
  if (cached) return cached
  const ids = req.payload
    .find({
      collection: 'reports',
      where: { unit: { equals: unit }, attachments: { exists: true } },
      select: { attachments: true },
      depth: 0,
      pagination: false,
      req,
    })
    .then(({ docs }) =>
      docs.flatMap((d) => (d.attachments ?? []).map(relationId)).filter((id): id is number => id !== null),
    )
  req.context[key] = ids
  return ids
}

/**
 * Citizens' photos and videos are for the officers of the unit handling their report (as the
 * reporter's identity is), and the super-admin; a file no report carries yet is nobody else's.
 */
export const attachmentsOfHandlingUnit: Access = async ({ req }): Promise<boolean | Where> => {
  const role = roleOf(req)
  if (role === 'super-admin') return true
  const unit = unitOf(req)
  if (role !== 'officer' || unit === null) return false
  const ids = await attachmentsHandledBy(req, unit)
  return ids.length > 0 ? { id: { in: ids } } : false
}
