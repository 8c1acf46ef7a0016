import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { ReportType } from '../src/__generated__/resolvers-types.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { advanceReport, anonymousTip, reportInput } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
let clock = new Date('2026-11-16T02:00:00Z') // Monday 09:00 in Hà Nội

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload, { now: () => clock })
  // Three reports received Monday, answered after 2, 4 and 10 hours; one received Tuesday, open.
  const received: [ReportType, number][] = [
    ['ADMIN_FEEDBACK', 2],
    ['PUBLIC_ORDER', 4],
    ['ADMIN_FEEDBACK', 10],
  ]
  for (const [type, hours] of received) {
    clock = new Date('2026-11-16T02:00:00Z')
    const input = type === 'ADMIN_FEEDBACK' ? reportInput(type, { localityCode: '00070' }) : reportInput(type)
    const { data } = await reports.submit(input)
    await advanceReport(cms.payload, data!.submitReport.trackingCode, 'ANSWERED', {
      now: new Date(clock.getTime() + hours * 3_600_000),
    })
  }
  clock = new Date('2026-11-17T02:00:00Z')
  await reports.submit(anonymousTip({ localityCode: '00070' }))
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

type Stats = {
  received: number
  resolved: number
  overdue: number
  medianResolutionHours: number | null
  byType: { type: string; received: number; resolved: number }[]
}

async function statsOf(code: string, args = '') {
  const { data, errors } = await reports.run<{ _entities: { reportStats: Stats }[] }>(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on Locality {
      reportStats${args} { received resolved overdue medianResolutionHours byType { type received resolved } } } } }`,
    { r: [{ __typename: 'Locality', code }] },
  )
  expect(errors).toBeUndefined()
  return data!._entities[0]!.reportStats
}

describe('report statistics by type and period', () => {
  it('gives the median time from receipt to answer, in hours', async () => {
    expect((await statsOf('01')).medianResolutionHours).toBe(4)
    // Hoàn Kiếm answered after 2 and 10 hours: the median of an even count is the mean of the middle two.
    expect((await statsOf('00070')).medianResolutionHours).toBe(6)
    expect((await statsOf('04')).medianResolutionHours).toBeNull()
  })

  it('breaks the counts down by type', async () => {
    const { byType, received, resolved } = await statsOf('01')
    expect({ received, resolved }).toEqual({ received: 4, resolved: 3 })
    expect(byType).toEqual([
      { type: 'ADMIN_FEEDBACK', received: 2, resolved: 2 },
      { type: 'CRIME_TIP', received: 1, resolved: 0 },
      { type: 'TRAFFIC_VIOLATION', received: 0, resolved: 0 },
      { type: 'PUBLIC_ORDER', received: 1, resolved: 1 },
    ])
  })

  it('narrows to one type and to a period of receipt', async () => {
    expect((await statsOf('01', '(type: ADMIN_FEEDBACK)')).received).toBe(2)
    const tuesday = await statsOf('01', '(since: "2026-11-16T17:00:00Z", until: "2026-11-17T17:00:00Z")')
    expect(tuesday).toMatchObject({ received: 1, resolved: 0, medianResolutionHours: null })
    const monday = await statsOf('01', '(until: "2026-11-16T17:00:00Z")')
    expect(monday).toMatchObject({ received: 3, resolved: 3, medianResolutionHours: 4 })
  })
})
