import type { Payload } from 'payload'
import { isRowId, payloadId } from '../domain/payloadId.ts'

export type UnitPlace = { localityCode: string; provinceCode: string }

/**
 * Units' locality and province codes, read once per unit for a batch: a batch names a handful of
 * units, and asking for each row would double the queries.
 */
export function createUnitDirectory(payload: Payload) {
  const places = new Map<string, Promise<UnitPlace | null>>()

  async function load(id: string): Promise<UnitPlace | null> {
    if (!isRowId(id)) return null
    const { docs } = await payload.find({
      collection: 'units',
      where: { id: { equals: payloadId(id) } },
      depth: 1,
      limit: 1,
      pagination: false,
    })
    const locality = docs[0]?.locality
    if (!locality || typeof locality !== 'object') return null
    return { localityCode: locality.code, provinceCode: locality.provinceCode ?? locality.code }
  }

  return {
    placeOf(id: string): Promise<UnitPlace | null> {
      let place = places.get(id)
      if (!place) {
        place = load(id)
        places.set(id, place)
      }
      return place
    },
  }
}

export type UnitDirectory = ReturnType<typeof createUnitDirectory>
