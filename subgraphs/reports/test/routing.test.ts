import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { ReportType } from '../src/__generated__/resolvers-types.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { anonymousTip, reportInput, storedReport, trafficViolation } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
const unitIds = new Map<string, number>()
let hanoiCommunes: string[] = []

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
  const { docs: units } = await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })
  for (const unit of units) unitIds.set(unit.name, unit.id)
  // Hà Nội communes without a police unit of their own in the demo data.
  const policed = units.map((u) => (typeof u.locality === 'object' ? u.locality.id : u.locality))
  const { docs } = await cms.payload.find({
    collection: 'localities',
    where: {
      provinceCode: { equals: '01' },
      level: { not_equals: 'PROVINCE' },
      // Today's communes only: a retired code would be filed under its successor.
      mergedInto: { exists: false },
      id: { not_in: policed },
    },
    sort: 'code',
    limit: 6,
    depth: 0,
  })
  hanoiCommunes = docs.map((l) => l.code)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

const unit = (name: string) => {
  const id = unitIds.get(name)
  if (id === undefined) throw new Error(`no demo unit ${name}`)
  return id
}

/** The unit whose queue received a freshly submitted report. */
async function receivedBy(type: ReportType, localityCode: string): Promise<number> {
  const input =
    type === 'TRAFFIC_VIOLATION'
      ? await trafficViolation(cms.payload, { localityCode })
      : type === 'CRIME_TIP'
        ? anonymousTip({ localityCode })
        : reportInput(type, { localityCode })
  const { data, errors } = await reports.submit(input)
  expect(errors).toBeUndefined()
  const stored = await storedReport(cms.payload, data!.submitReport.trackingCode)
  return typeof stored.unit === 'object' ? stored.unit!.id : stored.unit!
}

async function addRule(type: ReportType | null, localityCode: string, unitName: string) {
  const { docs } = await cms.payload.find({ collection: 'localities', where: { code: { equals: localityCode } } })
  return cms.payload.create({
    collection: 'reportRoutingRules',
    data: { type, locality: docs[0]!.id, unit: unit(unitName) },
  })
}

describe('routing a new report to exactly one unit', () => {
  it('sends a report to the commune police of its place when no rule applies', async () => {
    expect(await receivedBy('ADMIN_FEEDBACK', '00004')).toBe(unit('Công an phường Ba Đình'))
    expect(await receivedBy('CRIME_TIP', '00070')).toBe(unit('Công an phường Hoàn Kiếm'))
  })

  it('falls back to the provincial police where the commune has no police unit of its own', async () => {
    expect(await receivedBy('PUBLIC_ORDER', hanoiCommunes[0]!)).toBe(unit('Công an thành phố Hà Nội'))
    expect(await receivedBy('PUBLIC_ORDER', '01')).toBe(unit('Công an thành phố Hà Nội'))
  })

  it('files a report under an old province code with the successor’s police', async () => {
    expect(await receivedBy('ADMIN_FEEDBACK', '34')).toBe(unit('Công an tỉnh Hưng Yên'))
  })

  it('follows the seeded rule: traffic violations anywhere in Hà Nội go to its traffic police', async () => {
    const csgt = unit('Phòng Cảnh sát giao thông - Công an thành phố Hà Nội')
    expect(await receivedBy('TRAFFIC_VIOLATION', '00004')).toBe(csgt)
    expect(await receivedBy('TRAFFIC_VIOLATION', hanoiCommunes[1]!)).toBe(csgt)
    // Other types in the same commune still go to its commune police.
    expect(await receivedBy('PUBLIC_ORDER', '00004')).toBe(unit('Công an phường Ba Đình'))
  })

  it('lets the most specific rule win: own type before any type, commune before province', async () => {
    const [commune] = [hanoiCommunes[2]!]
    await addRule(null, commune, 'Công an phường Hoàn Kiếm')
    // Any-type rule of the commune beats the default …
    expect(await receivedBy('PUBLIC_ORDER', commune)).toBe(unit('Công an phường Hoàn Kiếm'))
    // … but a rule for the report's own type (Hà Nội traffic) beats an any-type rule of the commune.
    const csgt = unit('Phòng Cảnh sát giao thông - Công an thành phố Hà Nội')
    expect(await receivedBy('TRAFFIC_VIOLATION', commune)).toBe(csgt)
    // A typed rule of the commune beats the typed rule of the province.
    await addRule('TRAFFIC_VIOLATION', commune, 'Công an phường Ba Đình')
    expect(await receivedBy('TRAFFIC_VIOLATION', commune)).toBe(unit('Công an phường Ba Đình'))
  })

  it('applies an edited rule to the reports received after the edit', async () => {
    const commune = hanoiCommunes[3]!
    const rule = await addRule('ADMIN_FEEDBACK', commune, 'Công an phường Ba Đình')
    expect(await receivedBy('ADMIN_FEEDBACK', commune)).toBe(unit('Công an phường Ba Đình'))
    await cms.payload.update({
      collection: 'reportRoutingRules',
      id: rule.id,
      data: { unit: unit('Công an phường Hoàn Kiếm') },
    })
    expect(await receivedBy('ADMIN_FEEDBACK', commune)).toBe(unit('Công an phường Hoàn Kiếm'))
  })

  it('refuses a second rule for the same type and place, so rules never compete', async () => {
    const commune = hanoiCommunes[4]!
    await addRule('CRIME_TIP', commune, 'Công an phường Ba Đình')
    await expect(addRule('CRIME_TIP', commune, 'Công an phường Hoàn Kiếm')).rejects.toThrow(/scope|Phạm vi/i)
    await addRule(null, commune, 'Công an phường Hoàn Kiếm')
    await expect(addRule(null, commune, 'Công an phường Ba Đình')).rejects.toThrow(/scope|Phạm vi/i)
  })

  it('refuses, storing nothing, a report from a place that no unit serves', async () => {
    await cms.payload.create({
      collection: 'localities',
      data: { code: '99', name: 'Tỉnh thử nghiệm chưa có công an', level: 'PROVINCE' },
    })
    const before = (await cms.payload.count({ collection: 'reports' })).totalDocs
    const { errors } = await reports.submit(reportInput('ADMIN_FEEDBACK', { localityCode: '99' }))
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'localityCode', message: 'Chưa có đơn vị công an tiếp nhận phản ánh tại địa bàn này.' }],
    })
    expect((await cms.payload.count({ collection: 'reports' })).totalDocs).toBe(before)
  })
})

describe('the handling unit in the graph', () => {
  it('names the unit on the report its sender looks up', async () => {
    const { data } = await reports.submit(reportInput('ADMIN_FEEDBACK'))
    const { trackingCode, verifier } = data!.submitReport
    const found = await reports.run<{ report: { unit: { id: string } } }>(
      'query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { unit { id } } }',
      { c: trackingCode, v: verifier },
    )
    expect(found.data!.report.unit).toEqual({ id: String(unit('Công an phường Ba Đình')) })
  })

  it('counts a unit’s reports together with those of the units under it', async () => {
    const stats = async (id: number | string) => {
      const { data } = await reports.run<{ _entities: { reportStats: { received: number } }[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { reportStats { received resolved } } } }',
        { r: [{ __typename: 'Unit', id: String(id) }] },
      )
      return data!._entities[0]!.reportStats.received
    }
    const byUnit = async (name: string) =>
      (await cms.payload.count({ collection: 'reports', where: { unit: { equals: unit(name) } } })).totalDocs
    const baDinh = await byUnit('Công an phường Ba Đình')
    expect(baDinh).toBeGreaterThan(0)
    expect(await stats(unit('Công an phường Ba Đình'))).toBe(baDinh)
    const hanoiTree = [
      'Công an thành phố Hà Nội',
      'Phòng Cảnh sát giao thông - Công an thành phố Hà Nội',
      'Công an phường Ba Đình',
      'Công an phường Hoàn Kiếm',
    ]
    const total = (await Promise.all(hanoiTree.map(byUnit))).reduce((a, b) => a + b, 0)
    expect(await stats(unit('Công an thành phố Hà Nội'))).toBe(total)
    expect(await stats('not-a-unit')).toBe(0)
  })
})
