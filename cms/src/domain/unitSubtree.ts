import type { Payload } from 'payload'

// Ministry → province → department/commune: a few levels; the cap guards against a cycle in bad data.
const MAX_UNIT_DEPTH = 6

/**
 * A unit and every unit under it (a provincial police and its departments and commune police),
 * one query per level. Officers act within this subtree; a unit's statistics cover it.
 */
export async function unitSubtree(payload: Payload, unitId: number): Promise<number[]> {
  const all = new Set<number>([unitId])
  let level = [unitId]
  for (let depth = 0; depth < MAX_UNIT_DEPTH && level.length > 0; depth++) {
    const { docs } = await payload.find({
      collection: 'units',
      where: { parent: { in: level } },
      select: { parent: true },
      pagination: false,
      depth: 0,
    })
    level = docs.map((unit) => unit.id).filter((id) => !all.has(id))
    for (const id of level) all.add(id)
  }
  return [...all]
}
