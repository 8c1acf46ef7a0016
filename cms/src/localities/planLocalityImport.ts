import { addressTable, levelOfCommune, type ProvinceRow, type WardMappingRow, type WardRow } from './addressTables.ts'
import { PRE_2025_PROVINCES } from './legacyProvinces.ts'

export type LocalityRow = {
  code: string
  name: string
  level: 'PROVINCE' | 'COMMUNE' | 'WARD' | 'SPECIAL_ZONE'
  parentCode?: string
  mergedIntoCode?: string
}

export type RejectedRow = { source: 'wards' | 'ward_mappings'; row: string; reason: string }

export type LocalityImportPlan = { rows: LocalityRow[]; rejected: RejectedRow[] }

const bareProvinceName = (name: string | null) => (name ?? '').replace(/^(Tỉnh|Thành phố) /, '')
const provinceName = (provinces: ProvinceRow[], code: string) =>
  bareProvinceName(provinces.find((p) => p.province_code === code)?.name ?? null)

const describeMapping = (m: WardMappingRow) =>
  `#${m.id} ${m.old_ward_code ?? '(no code)'} ${m.old_ward_name ?? ''}, ${m.old_district_name ?? ''}, ${m.old_province_name ?? ''} → ${m.new_ward_code}`

/**
 * Rows to load, parents before children: the 34 provinces, the 29 retired pre-2025 province codes,
 * the 2025 communes/wards/special zones, then pre-2025 communes whose code was retired, each pointing
 * at its successor. `provinceCodes` limits communes to some provinces (demo and test databases).
 */
export function planLocalityImport(options: { provinceCodes?: readonly string[] } = {}): LocalityImportPlan {
  const inScope = (provinceCode: string) => !options.provinceCodes || options.provinceCodes.includes(provinceCode)
  const rows: LocalityRow[] = []
  const rejected: RejectedRow[] = []

  const provinces = addressTable<ProvinceRow>('provinces')
  const provinceCodes = new Set(provinces.map((p) => p.province_code))
  for (const p of provinces) rows.push({ code: p.province_code, name: p.name, level: 'PROVINCE' })
  for (const old of PRE_2025_PROVINCES) {
    // A code the 2025 map reuses already resolves to its successor: the province itself.
    if (provinceCodes.has(old.code)) continue
    rows.push({ code: old.code, name: `${old.name} (trước 2025)`, level: 'PROVINCE', mergedIntoCode: old.successor })
  }

  const wards = new Map<string, WardRow>()
  const wardByName = new Map<string, WardRow | null>()
  for (const w of addressTable<WardRow>('wards')) {
    if (!provinceCodes.has(w.province_code)) {
      rejected.push({ source: 'wards', row: `${w.ward_code} ${w.name}`, reason: `unknown province ${w.province_code}` })
      continue
    }
    wards.set(w.ward_code, w)
    const nameKey = `${w.name}|${provinceName(provinces, w.province_code)}`
    wardByName.set(nameKey, wardByName.has(nameKey) ? null : w)
    if (inScope(w.province_code)) {
      rows.push({ code: w.ward_code, name: w.name, level: levelOfCommune(w.name), parentCode: w.province_code })
    }
  }

  const legacy = new Map<string, LocalityRow>()
  for (const m of addressTable<WardMappingRow>('ward_mappings')) {
    // Some mappings carry a provisional code for the successor; its (unique) name in the province finds it.
    const successor =
      wards.get(m.new_ward_code) ?? wardByName.get(`${m.new_ward_name}|${bareProvinceName(m.new_province_name)}`)
    if (!successor) {
      rejected.push({ source: 'ward_mappings', row: describeMapping(m), reason: 'successor is not a 2025 ward' })
      continue
    }
    if (!inScope(successor.province_code)) continue
    if (!m.old_ward_code || !/^\d{5}$/.test(m.old_ward_code) || !m.old_ward_name) {
      rejected.push({ source: 'ward_mappings', row: describeMapping(m), reason: 'no pre-2025 ward code' })
      continue
    }
    if (m.old_ward_code === successor.ward_code) continue // the 2025 ward kept its predecessor's code
    if (wards.has(m.old_ward_code)) {
      rejected.push({
        source: 'ward_mappings',
        row: describeMapping(m),
        reason: 'old code reused by another 2025 ward',
      })
      continue
    }
    const seen = legacy.get(m.old_ward_code)
    if (seen) {
      // A commune split between several successors: the code resolves to the first one listed.
      if (seen.mergedIntoCode !== successor.ward_code) {
        rejected.push({ source: 'ward_mappings', row: describeMapping(m), reason: 'old code already mapped elsewhere' })
      }
      continue
    }
    const place = [m.old_district_name, m.old_province_name].filter(Boolean).join(', ')
    legacy.set(m.old_ward_code, {
      code: m.old_ward_code,
      name: `${m.old_ward_name}, ${place} (trước 2025)`,
      level: levelOfCommune(m.old_ward_name),
      parentCode: successor.province_code,
      mergedIntoCode: successor.ward_code,
    })
  }
  rows.push(...legacy.values())
  return { rows, rejected }
}
