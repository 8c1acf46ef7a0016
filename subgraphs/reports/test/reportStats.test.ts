import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { advanceReport, anonymousTip, reportInput } from './factories.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'

let cms: TestCms
let reports: ReportsExecutor
let hanoiWards: string[]
let caoBangCommune: string
const reportsIn00004: string[] = []

const STATS = /* GraphQL */ `
  query Stats($r: [_Any!]!) {
    _entities(representations: $r) {
      ... on Locality {
        code
        reportStats {
          received
          resolved
        }
      }
    }
  }
`

async function statsOf(...codes: string[]) {
  const { data, errors } = await reports.run<{
    _entities: { code: string; reportStats: { received: number; resolved: number } }[]
  }>(STATS, { r: codes.map((code) => ({ __typename: 'Locality', code })) })
  expect(errors).toBeUndefined()
  return Object.fromEntries(data!._entities.map((e) => [e.code, e.reportStats]))
}

async function submitIn(localityCode: string) {
  const { data, errors } = await reports.submit(reportInput('PUBLIC_ORDER', { localityCode }))
  expect(errors).toBeUndefined()
  return data!.submitReport.trackingCode
}

async function setStatus(trackingCode: string, status: 'ANSWERED' | 'CLOSED' | 'IN_PROGRESS') {
  await advanceReport(cms.payload, trackingCode, status)
}

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
  const wards = await cms.payload.find({
    collection: 'localities',
    // Today's wards only: pre-2025 codes (mergedInto set) resolve to their successors.
    where: { provinceCode: { equals: '01' }, level: { equals: 'WARD' }, mergedInto: { exists: false } },
    sort: 'code',
    limit: 2,
    depth: 0,
  })
  hanoiWards = wards.docs.map((w) => w.code)
  const communes = await cms.payload.find({
    collection: 'localities',
    where: { parentCode: { equals: '04' }, mergedInto: { exists: false } },
    limit: 1,
    depth: 0,
  })
  caoBangCommune = communes.docs[0]!.code

  // Hà Nội: two reports in Phường Ba Đình, one in another ward, one filed at province level.
  reportsIn00004.push(await submitIn('00004'))
  reportsIn00004.push((await reports.submit(anonymousTip({ localityCode: '00004' }))).data!.submitReport.trackingCode)
  await submitIn(hanoiWards.find((code) => code !== '00004')!)
  await submitIn('01')
  // Elsewhere: one in a Cao Bằng commune, one under the old Thái Bình code (filed in Hưng Yên).
  await submitIn(caoBangCommune)
  await submitIn('34')
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

describe('report statistics of a locality', () => {
  it('counts every report of its communes for a province, and only its own for a commune', async () => {
    expect(hanoiWards).toContain('00004')
    const stats = await statsOf('01', '00004', '04', caoBangCommune, '33')
    expect(stats).toEqual({
      '01': { received: 4, resolved: 0 },
      '00004': { received: 2, resolved: 0 },
      '04': { received: 1, resolved: 0 },
      [caoBangCommune]: { received: 1, resolved: 0 },
      '33': { received: 1, resolved: 0 },
    })
  })

  it('counts zero for a locality without reports, and for a code that does not exist', async () => {
    expect(await statsOf('34', '98')).toEqual({
      '34': { received: 0, resolved: 0 },
      '98': { received: 0, resolved: 0 },
    })
  })

  it('counts a report as resolved once an officer answers or closes it, not while it is in progress', async () => {
    await setStatus(reportsIn00004[0]!, 'ANSWERED')
    expect(await statsOf('01', '00004')).toEqual({
      '01': { received: 4, resolved: 1 },
      '00004': { received: 2, resolved: 1 },
    })
    await setStatus(reportsIn00004[1]!, 'IN_PROGRESS')
    expect((await statsOf('00004'))['00004']).toEqual({ received: 2, resolved: 1 })
    await setStatus(reportsIn00004[1]!, 'CLOSED')
    expect((await statsOf('00004'))['00004']).toEqual({ received: 2, resolved: 2 })
  })

  it('costs three counts per distinct locality in a request, however often it is asked for', async () => {
    const count = jest.spyOn(cms.payload, 'count')
    try {
      await statsOf('01', '00004', '01', '04', '00004', '01')
      expect(count).toHaveBeenCalledTimes(3 * 3)
    } finally {
      count.mockRestore()
    }
  })
})
