import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolveSuccessor } from '../src/domain/resolveSuccessor.ts'
import { importLocalities, type LocalityImportReport } from '../src/localities/importLocalities.ts'
import { PRE_2025_PROVINCES } from '../src/localities/legacyProvinces.ts'
import { planLocalityImport } from '../src/localities/planLocalityImport.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'

let cms: TestCms
let first: LocalityImportReport
const lines: string[] = []

beforeAll(async () => {
  cms = await createTestCms({ seed: false })
  first = await importLocalities(cms.payload, { out: { write: (line: string) => lines.push(line) } })
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const count = async (where: Record<string, unknown>) =>
  (await cms.payload.count({ collection: 'localities', where: where as never })).totalDocs

describe('administrative map import', () => {
  it('loads all 34 provinces and 3,321 communes, wards and special zones of the 2025 map', async () => {
    expect(await count({ level: { equals: 'PROVINCE' }, mergedInto: { exists: false } })).toBe(34)
    expect(await count({ level: { in: ['COMMUNE', 'WARD', 'SPECIAL_ZONE'] }, mergedInto: { exists: false } })).toBe(
      3321,
    )
    expect(await count({ level: { equals: 'SPECIAL_ZONE' }, mergedInto: { exists: false } })).toBeGreaterThan(0)
  })

  it('resolves every one of the 63 pre-2025 province codes to its successor', async () => {
    expect(PRE_2025_PROVINCES).toHaveLength(63)
    for (const old of PRE_2025_PROVINCES) {
      expect([old.code, (await resolveSuccessor(cms.payload, old.code))?.code]).toEqual([old.code, old.successor])
    }
  })

  it('resolves a pre-2025 commune code to its successor and keeps the old name searchable', async () => {
    // Phường Lê Hồng Phong of the former Thái Bình city is now part of Phường Thái Bình, Hưng Yên.
    const successor = await resolveSuccessor(cms.payload, '12433')
    expect(successor).toMatchObject({ code: '13225', name: 'Phường Thái Bình', provinceCode: '33' })
    const { docs } = await cms.payload.find({
      collection: 'localities',
      where: { searchName: { like: 'le hong phong, thanh pho thai binh' } },
    })
    expect(docs.map((d) => d.code)).toEqual(['12433'])
  })

  it('reports rejected rows with the reason and shows progress', () => {
    expect(first.rejected.length).toBeGreaterThan(0)
    expect(first.rejected.every((r) => r.reason.length > 0 && r.row.length > 0)).toBe(true)
    expect(first.rejected.map((r) => r.reason)).toContain('no pre-2025 ward code')
    expect(lines.some((l) => /localities: \d+\/\d+ \(100%\)/.test(l))).toBe(true)
  })

  it('creates nothing on a second run', async () => {
    const before = await count({})
    const again = await importLocalities(cms.payload, { out: { write: () => {} } })
    expect(again.created).toBe(0)
    expect(again.existing).toBe(first.created)
    expect(await count({})).toBe(before)
  })
})

describe('import plan', () => {
  it('limits communes to the chosen provinces but always loads every province code', () => {
    const { rows } = planLocalityImport({ provinceCodes: ['04'] })
    expect(rows.filter((r) => r.level === 'PROVINCE')).toHaveLength(34 + 29)
    const communes = rows.filter((r) => r.level !== 'PROVINCE')
    expect(communes.length).toBeGreaterThan(0)
    expect(communes.every((r) => r.parentCode === '04')).toBe(true)
  })

  it('orders parents and successors before the rows that point at them', () => {
    const seen = new Set<string>()
    for (const row of planLocalityImport().rows) {
      if (row.parentCode) expect(seen.has(row.parentCode)).toBe(true)
      if (row.mergedIntoCode) expect(seen.has(row.mergedIntoCode)).toBe(true)
      seen.add(row.code)
    }
  })
})
