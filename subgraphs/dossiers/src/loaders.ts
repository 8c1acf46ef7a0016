import DataLoader from 'dataloader'
import type { Payload } from 'payload'
import { periodFromKey } from './domain/period.ts'
import { processingStatsOf, type ProcessingStats } from './domain/processingStats.ts'
import type { DossierForApplicant } from './domain/publicDossier.ts'
import { PUBLIC_RATING_SELECT, type PublicRating } from './domain/publicRating.ts'
import type { DossiersForApplicantReader } from './domain/readDossiersForApplicant.ts'
import type { UnitAddresses } from './domain/unitAddresses.ts'
import { satisfactionOf, type SatisfactionScope, type SatisfactionStats } from './domain/satisfaction.ts'

/** Keys of statistics loaders: the entity's key and the period's key, joined by "#". */
export const statsKey = (key: string, periodKey: string) => `${key}#${periodKey}`

/** Runs one query per distinct period in the batch, each covering every key asked for with it. */
function byPeriod<T>(load: (keys: string[], periodKey: string) => Promise<T[]>) {
  return async (statsKeys: readonly string[]): Promise<T[]> => {
    const groups = new Map<string, string[]>()
    for (const key of statsKeys) {
      const at = key.lastIndexOf('#')
      const group = groups.get(key.slice(at + 1)) ?? []
      group.push(key.slice(0, at))
      groups.set(key.slice(at + 1), group)
    }
    const results = new Map<string, T>()
    for (const [periodKey, keys] of groups) {
      const values = await load(keys, periodKey)
      keys.forEach((key, index) => results.set(statsKey(key, periodKey), values[index]!))
    }
    return statsKeys.map((key) => results.get(key)!)
  }
}

/** Readers built once per process (prepared statements, a short-lived cache), used by every request. */
export type SharedReads = { dossiersForApplicant: DossiersForApplicantReader; unitAddresses: UnitAddresses }

/** One query per kind of lookup per request, whatever the shape of the client's query. */
export function createDossiersLoaders(payload: Payload, shared: SharedReads) {
  const dossierByCode = new DataLoader<string, DossierForApplicant | null>(shared.dossiersForApplicant.read)

  const ratingByDossierCode = new DataLoader<string, PublicRating | null>(async (codes) => {
    const { docs } = await payload.find({
      collection: 'ratings',
      where: { dossierCode: { in: [...codes] } },
      select: { ...PUBLIC_RATING_SELECT, dossierCode: true },
      pagination: false,
      depth: 0,
    })
    const byCode = new Map(docs.map((doc) => [doc.dossierCode, doc as PublicRating]))
    return codes.map((code) => byCode.get(code) ?? null)
  })

  // For the result pickup place: a counter's address is the unit's unless the system gave one.
  const unitAddressById = new DataLoader<string, string | null>((ids) =>
    Promise.all(ids.map((id) => shared.unitAddresses.addressOf(id))),
  )

  const satisfaction = (scope: SatisfactionScope) =>
    new DataLoader<string, SatisfactionStats>(
      byPeriod((keys, periodKey) => satisfactionOf(payload, scope, keys, periodFromKey(periodKey))),
    )

  return {
    dossierByCode,
    ratingByDossierCode,
    unitAddressById,
    unitSatisfaction: satisfaction('unit'),
    procedureSatisfaction: satisfaction('procedure'),
    localitySatisfaction: satisfaction('locality'),
    processingStats: new DataLoader<string, ProcessingStats>(
      byPeriod((codes, periodKey) => processingStatsOf(payload, codes, periodFromKey(periodKey))),
    ),
  }
}

export type DossiersLoaders = ReturnType<typeof createDossiersLoaders>
