import type { Payload } from 'payload'
import { badUserInput } from '@caunoi/platform'
import type { Locality } from '../payload-types.ts'

/** Merges can chain (a 2019 merge, then the 2025 reform); a cycle in bad data must not hang a request. */
const MAX_MERGE_HOPS = 5

export type LocalityLookup = {
  byCode: (code: string) => Promise<Locality | null>
  byId: (id: number) => Promise<Locality | null>
}

/** Plain Local API lookups; subgraphs pass their per-request DataLoaders instead. */
export function payloadLocalityLookup(payload: Payload): LocalityLookup {
  return {
    byCode: async (code) =>
      (await payload.find({ collection: 'localities', where: { code: { equals: code } }, limit: 1, depth: 0 }))
        .docs[0] ?? null,
    byId: async (id) =>
      (await payload.find({ collection: 'localities', where: { id: { equals: id } }, limit: 1, depth: 0 })).docs[0] ??
      null,
  }
}

/**
 * Follows `mergedInto` from a possibly pre-2025 code to the unit that exists today, so an old
 * code from a poster or an old app (Thái Bình "34") lands on its successor (Hưng Yên "33").
 */
export async function resolveSuccessor(lookup: LocalityLookup | Payload, code: string): Promise<Locality | null> {
  const { byCode, byId } = 'byCode' in lookup ? lookup : payloadLocalityLookup(lookup)
  let current = await byCode(code)
  for (let hop = 0; current?.mergedInto && hop < MAX_MERGE_HOPS; hop++) {
    const next: number | Locality = current.mergedInto
    current = typeof next === 'object' ? next : await byId(next)
  }
  return current
}

/** A locality a client named (as a filter or a target) must exist today: an unknown code is the client's mistake. */
export async function requireSuccessor(
  lookup: LocalityLookup | Payload,
  code: string,
  field = 'localityCode',
): Promise<Locality> {
  const trimmed = code.trim()
  const locality = trimmed ? await resolveSuccessor(lookup, trimmed) : null
  if (!locality) throw badUserInput(`Không tìm thấy địa bàn có mã "${trimmed}".`, [{ field, message: 'không tồn tại' }])
  return locality
}
