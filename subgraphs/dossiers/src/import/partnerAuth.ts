import { hashPartnerApiKey } from '@caunoi/cms'
import type { IncomingMessage } from 'node:http'
import type { Payload } from 'payload'
import type { ImportScope } from './importDossiers.ts'

export type PartnerSystem = { id: number | string; name: string; scope: ImportScope }

/** The key a partner sends: `Authorization: Bearer <key>` (or the `x-api-key` header). */
export function apiKeyOf(req: Pick<IncomingMessage, 'headers'>): string | null {
  const authorization = req.headers.authorization
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  const header = req.headers['x-api-key']
  return bearer ?? (typeof header === 'string' && header !== '' ? header : null)
}

/** The active partner system holding this key, with the units it may send, or null. */
export async function partnerSystemFor(payload: Payload, apiKey: string): Promise<PartnerSystem | null> {
  const { docs } = await payload.find({
    collection: 'partnerSystems',
    where: { and: [{ apiKeyHash: { equals: hashPartnerApiKey(apiKey) } }, { active: { equals: true } }] },
    select: { name: true, units: true },
    limit: 1,
    pagination: false,
    depth: 0,
  })
  const partner = docs[0]
  if (!partner) return null
  const unitIds = new Set((partner.units ?? []).map((unit) => String(typeof unit === 'object' ? unit.id : unit)))
  return { id: partner.id, name: partner.name, scope: { partnerSystemId: partner.id, unitIds } }
}
