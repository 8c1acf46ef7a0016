import type { Payload } from 'payload'
import type { User } from '../../src/payload-types.ts'

export type Actor = { name: string; user?: User & { collection: 'users' } }

const idByCode = async (payload: Payload, code: string) =>
  (await payload.find({ collection: 'localities', where: { code: { equals: code } }, depth: 0, limit: 1 })).docs[0]!.id

export const unitIdByName = async (payload: Payload, name: string) =>
  (await payload.find({ collection: 'units', where: { name: { equals: name } }, depth: 0, limit: 1 })).docs[0]!.id

export const localityIdByCode = idByCode

let serial = 0

/** A user of the given role, as the Local API expects it for `overrideAccess: false`. */
export async function createActor(
  payload: Payload,
  role: User['role'],
  scope: { localityCode?: string; unitName?: string } = {},
): Promise<Actor> {
  serial += 1
  const user = await payload.create({
    collection: 'users',
    data: {
      email: `${role}-${serial}@caunoi.test`,
      password: 'Matkhau@2026',
      name: `${role} ${serial}`,
      role,
      locality: scope.localityCode ? await idByCode(payload, scope.localityCode) : undefined,
      unit: scope.unitName ? await unitIdByName(payload, scope.unitName) : undefined,
    },
  })
  return { name: role, user: { ...user, collection: 'users' } }
}
