import type { Payload } from 'payload'
import type { Locality } from '../payload-types.ts'

/** Merges can chain (a 2019 merge, then the 2025 reform); a cycle in bad data must not hang a request. */
const MAX_MERGE_HOPS = 5

/**
 * Follows `mergedInto` from a possibly pre-2025 code to the unit that exists today, so an old
 * code from a poster or an old app (Thái Bình "34") lands on its successor (Hưng Yên "33").
 */
export async function resolveSuccessor(payload: Payload, code: string): Promise<Locality | null> {
  let current = await findByCode(payload, code)
  for (let hop = 0; current?.mergedInto && hop < MAX_MERGE_HOPS; hop++) {
    const next: number | Locality = current.mergedInto
    current = typeof next === 'object' ? next : await payload.findByID({ collection: 'localities', id: next, depth: 0 })
  }
  return current
}

async function findByCode(payload: Payload, code: string): Promise<Locality | null> {
  const { docs } = await payload.find({ collection: 'localities', where: { code: { equals: code } }, limit: 1, depth: 0 })
  return docs[0] ?? null
}
