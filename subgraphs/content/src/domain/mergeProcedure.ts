import type { Procedure, ProcedureOverride } from '@caunoi/cms'

/** Fields a province or commune may set for itself; everything else is the national version's. */
export const OVERRIDABLE_FIELDS = ['submitAt', 'fees', 'processingTime', 'contactOfficers', 'note'] as const
export type OverridableField = (typeof OVERRIDABLE_FIELDS)[number]

export type SourceLevel = 'NATIONAL' | 'PROVINCE' | 'COMMUNE'
export type FieldSource = { field: OverridableField; level: SourceLevel; localityCode: string | null }

export type ContactOfficer = NonNullable<ProcedureOverride['contactOfficers']>[number]

/** A procedure as it applies somewhere: the national version with the local values merged in. */
export type ProcedureVariant = Procedure & {
  contactOfficers?: ContactOfficer[]
  note?: string | null
  fieldSources?: FieldSource[]
  appliedLocalityCode?: string | null
}

export type LocalOverride = { level: Exclude<SourceLevel, 'NATIONAL'>; localityCode: string; doc: ProcedureOverride }

const isSet = (value: unknown) =>
  Array.isArray(value) ? value.length > 0 : typeof value === 'string' ? value.trim() !== '' : value != null

/**
 * Each overridable field comes from the most specific level that sets it: commune, then
 * province, then the national version. Empty values fall through, so a commune that only lists
 * its officers still shows the province's fee.
 */
export function mergeProcedure(
  national: Procedure,
  overrides: readonly LocalOverride[],
  appliedLocalityCode: string | null,
): ProcedureVariant {
  const order: LocalOverride['level'][] = ['COMMUNE', 'PROVINCE']
  const sorted = [...overrides].sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level))
  const merged: ProcedureVariant = { ...national, appliedLocalityCode, fieldSources: [] }
  const target = merged as unknown as Record<OverridableField, unknown>
  for (const field of OVERRIDABLE_FIELDS) {
    const local = sorted.find((o) => isSet(o.doc[field]))
    if (local) {
      target[field] = local.doc[field]
      merged.fieldSources!.push({ field, level: local.level, localityCode: local.localityCode })
    } else {
      const value = (national as unknown as Record<string, unknown>)[field]
      target[field] = value ?? (field === 'contactOfficers' ? [] : null)
      if (isSet(value)) merged.fieldSources!.push({ field, level: 'NATIONAL', localityCode: null })
    }
  }
  return merged
}
