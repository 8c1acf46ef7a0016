import { LRUCache } from 'lru-cache'
import type { Payload } from 'payload'
import { isRowId, payloadId } from './payloadId.ts'

export type UnitAddressOptions = {
  /** How long an address is served from memory; an edit in the admin shows after at most this long. */
  ttlMs?: number
  max?: number
}

/**
 * Units' addresses (where counter results are collected), kept per process for a short while: every
 * counter lookup needs one, they change rarely, and a query per lookup halved peak throughput.
 * Concurrent misses for the same unit share one read.
 */
export function createUnitAddresses(payload: Payload, { ttlMs = 60_000, max = 10_000 }: UnitAddressOptions = {}) {
  // lru-cache stores no null: the address is wrapped so "unit has no address" is cached too.
  const cache = new LRUCache<string, { address: string | null }>({
    max,
    ttl: ttlMs,
    fetchMethod: async (id) => {
      const { docs } = await payload.find({
        collection: 'units',
        where: { id: { equals: payloadId(id) } },
        select: { address: true },
        pagination: false,
        depth: 0,
        limit: 1,
      })
      return { address: docs[0]?.address ?? null }
    },
  })

  return {
    async addressOf(unitId: string): Promise<string | null> {
      if (!isRowId(unitId)) return null
      return (await cache.fetch(unitId))?.address ?? null
    },
  }
}

export type UnitAddresses = ReturnType<typeof createUnitAddresses>
