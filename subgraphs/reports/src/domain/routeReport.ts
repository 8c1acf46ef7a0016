import { relationId, type Report } from '@caunoi/cms'
import type { Payload } from 'payload'

type ReportType = Report['type']

export type RoutingPlace = { code: string; provinceCode: string }

/** Why a report could not be routed: no rule and no police unit serves its place. */
export class NoUnitForPlace extends Error {
  constructor(readonly localityCode: string) {
    super(`no unit receives reports from ${localityCode}`)
    this.name = 'NoUnitForPlace'
  }
}

/**
 * The one unit whose queue receives a new report. Rules (editable in the admin) win by
 * specificity: the report's own type before any type, its commune before its province. Without a
 * rule, the commune police of the place receive it, else the provincial police.
 */
export async function routeReport(payload: Payload, type: ReportType, place: RoutingPlace): Promise<number> {
  const codes = [...new Set([place.code, place.provinceCode])]
  const { docs: rules } = await payload.find({
    collection: 'reportRoutingRules',
    where: {
      and: [{ localityCode: { in: codes } }, { or: [{ type: { equals: type } }, { type: { exists: false } }] }],
    },
    select: { type: true, localityCode: true, unit: true },
    pagination: false,
    depth: 0,
  })
  const specificity = (rule: (typeof rules)[number]) =>
    (rule.type === type ? 2 : 0) + (rule.localityCode === place.code ? 1 : 0)
  const best = rules.sort((a, b) => specificity(b) - specificity(a))[0]
  if (best) return relationId(best.unit)!

  const { docs: units } = await payload.find({
    collection: 'units',
    where: {
      and: [{ 'locality.code': { in: codes } }, { kind: { in: ['COMMUNE_POLICE', 'PROVINCIAL_POLICE'] } }],
    },
    select: { kind: true },
    sort: 'id',
    pagination: false,
    depth: 0,
  })
  const local = units.find((unit) => unit.kind === 'COMMUNE_POLICE') ?? units[0]
  if (!local) throw new NoUnitForPlace(place.code)
  return local.id
}
