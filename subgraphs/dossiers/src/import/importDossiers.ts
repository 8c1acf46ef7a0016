import type { FieldProblem, Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import { payloadId } from '../domain/payloadId.ts'
import { validateDossierRow, type DossierRow, type ValidDossier } from './dossierRow.ts'
import { createUnitDirectory, type UnitDirectory } from './unitDirectory.ts'

export type RejectedRow = { index: number; code: string | null; problems: FieldProblem[] }

export type ImportSummary = {
  created: number
  updated: number
  /** Same code and version as stored: applying it again changes nothing. */
  unchanged: number
  /** Older than the stored version (arrived out of order): never overwrites the newer one. */
  stale: number
  rejected: RejectedRow[]
}

/** Who sends the rows: a partner system may only send dossiers of its own units. */
export type ImportScope = { partnerSystemId: number | string | null; unitIds: ReadonlySet<string> | 'all' }

const OUT_OF_SCOPE = 'Đơn vị tiếp nhận không thuộc phạm vi của hệ thống gửi.'
const UNKNOWN_UNIT = 'Không tìm thấy đơn vị tiếp nhận.'

export const emptySummary = (): ImportSummary => ({ created: 0, updated: 0, unchanged: 0, stale: 0, rejected: [] })

export function addSummaries(total: ImportSummary, part: ImportSummary, indexOffset = 0): ImportSummary {
  total.created += part.created
  total.updated += part.updated
  total.unchanged += part.unchanged
  total.stale += part.stale
  total.rejected.push(...part.rejected.map((r) => ({ ...r, index: r.index + indexOffset })))
  return total
}

function storedData(dossier: ValidDossier, place: { localityCode: string; provinceCode: string }, scope: ImportScope) {
  return {
    code: dossier.code,
    version: dossier.version,
    procedureCode: dossier.procedureCode,
    unit: payloadId(dossier.unitId) as number,
    localityCode: place.localityCode,
    provinceCode: place.provinceCode,
    applicant: dossier.applicant,
    status: dossier.status,
    submittedAt: dossier.submittedAt,
    dueAt: dossier.dueAt,
    completedAt: dossier.completedAt,
    timeline: dossier.timeline,
    result: dossier.result,
    partnerSystem: scope.partnerSystemId === null ? null : (payloadId(String(scope.partnerSystemId)) as number),
  }
}

/**
 * Applies a batch of dossiers: each row is created, updated (only by a newer version), left as is
 * (same or older version) or rejected with its reasons; good rows are kept whatever the others do.
 * Batches run one at a time per importer, so the version check and the write of a code never
 * interleave with another batch of this process.
 */
export function createDossierImporter(payload: Payload, logger: Logger) {
  let queue: Promise<unknown> = Promise.resolve()

  async function applyBatch(rows: readonly DossierRow[], scope: ImportScope): Promise<ImportSummary> {
    const summary = emptySummary()
    const units: UnitDirectory = createUnitDirectory(payload)
    // The newest version of each code in the batch wins; earlier ones are counted as stale.
    const latest = new Map<string, { index: number; dossier: ValidDossier }>()
    for (const [index, row] of rows.entries()) {
      const checked = validateDossierRow(row)
      if ('problems' in checked) {
        summary.rejected.push({
          index,
          code: typeof row?.code === 'string' ? row.code : null,
          problems: checked.problems,
        })
        continue
      }
      const { dossier } = checked
      const place = await units.placeOf(dossier.unitId)
      if (!place || (scope.unitIds !== 'all' && !scope.unitIds.has(dossier.unitId))) {
        summary.rejected.push({
          index,
          code: dossier.code,
          problems: [{ field: 'unitId', message: place ? OUT_OF_SCOPE : UNKNOWN_UNIT }],
        })
        continue
      }
      const seen = latest.get(dossier.code)
      if (!seen || seen.dossier.version < dossier.version) {
        if (seen) summary.stale++
        latest.set(dossier.code, { index, dossier })
      } else if (seen.dossier.version === dossier.version) summary.unchanged++
      else summary.stale++
    }
    if (latest.size === 0) return summary

    const { docs: existing } = await payload.find({
      collection: 'dossiers',
      where: { code: { in: [...latest.keys()] } },
      select: { code: true, version: true, unit: true },
      pagination: false,
      depth: 0,
    })
    const stored = new Map(existing.map((doc) => [doc.code, doc]))

    for (const { index, dossier } of latest.values()) {
      const current = stored.get(dossier.code)
      if (current && current.version >= dossier.version) {
        if (current.version === dossier.version) summary.unchanged++
        else summary.stale++
        continue
      }
      const currentUnit = current && String(typeof current.unit === 'object' ? current.unit.id : current.unit)
      if (current && scope.unitIds !== 'all' && !scope.unitIds.has(currentUnit!)) {
        // Another unit's dossier under the same code: a partner may not take it over.
        summary.rejected.push({ index, code: dossier.code, problems: [{ field: 'code', message: OUT_OF_SCOPE }] })
        continue
      }
      const data = storedData(dossier, (await units.placeOf(dossier.unitId))!, scope)
      try {
        if (current) {
          await payload.update({ collection: 'dossiers', id: current.id, data, depth: 0, select: { code: true } })
          summary.updated++
        } else {
          await payload.create({ collection: 'dossiers', data, depth: 0, select: { code: true } })
          summary.created++
        }
      } catch (error) {
        logger.warn({ err: error, code: dossier.code }, 'dossier row not stored')
        summary.rejected.push({
          index,
          code: dossier.code,
          problems: [{ field: '', message: 'Không lưu được hồ sơ; vui lòng gửi lại dòng này.' }],
        })
      }
    }
    return summary
  }

  return {
    /** Queued behind any batch already running in this process. */
    importBatch(rows: readonly DossierRow[], scope: ImportScope): Promise<ImportSummary> {
      const run = queue.then(() => applyBatch(rows, scope))
      queue = run.catch(() => undefined)
      return run
    },
  }
}

export type DossierImporter = ReturnType<typeof createDossierImporter>
