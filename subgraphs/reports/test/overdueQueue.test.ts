import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { overdueQueuePath, overdueReportsWhere, type User } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { advanceReport, officerOf, reportInput, storedReport } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
// The fake clock of the subgraph and the hooks: reports are received on Wednesday 18 November 2026.
let clock = new Date('2026-11-18T03:00:00Z')
let baDinhOfficer: User
let hoanKiemOfficer: User

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload, { now: () => clock })
  const { docs } = await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })
  const unit = (name: string) => docs.find((u) => u.name === name)!.id
  baDinhOfficer = await officerOf(cms.payload, unit('Công an phường Ba Đình'))
  hoanKiemOfficer = await officerOf(cms.payload, unit('Công an phường Hoàn Kiếm'))
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

async function received(localityCode = '00004') {
  const { data, errors } = await reports.submit(reportInput('ADMIN_FEEDBACK', { localityCode }))
  expect(errors).toBeUndefined()
  return data!.submitReport.trackingCode
}

/** The query the admin list runs for the "overdue" filter, as the officer (access control adds their units). */
async function overdueQueue(user: User, now: Date) {
  const { docs } = await cms.payload.find({
    collection: 'reports',
    where: overdueReportsWhere(now),
    user,
    overrideAccess: false,
    sort: 'dueAt',
    pagination: false,
    depth: 0,
  })
  return docs.map((doc) => doc.trackingCode)
}

describe('the unit queue’s overdue filter', () => {
  it('lists the unit’s reports still open past their stored deadline, and nothing answered, rejected or elsewhere', async () => {
    const open = await received()
    const inProgress = await received()
    const answered = await received()
    const rejected = await received()
    const otherUnit = await received('00070')
    await advanceReport(cms.payload, inProgress, 'IN_PROGRESS', { now: clock })
    await advanceReport(cms.payload, answered, 'ANSWERED', { now: clock })
    const toReject = await storedReport(cms.payload, rejected)
    await cms.payload.update({
      collection: 'reports',
      id: toReject.id,
      data: { status: 'REJECTED', rejectionReason: 'Không thuộc thẩm quyền.' },
      context: { now: clock },
    })
    const dueAt = new Date((await storedReport(cms.payload, open)).dueAt!)

    // A minute before the deadline nothing is overdue; a minute after, the open ones are.
    expect(await overdueQueue(baDinhOfficer, new Date(dueAt.getTime() - 60_000))).toEqual([])
    const after = new Date(dueAt.getTime() + 60_000)
    expect((await overdueQueue(baDinhOfficer, after)).sort()).toEqual([open, inProgress].sort())
    expect(await overdueQueue(hoanKiemOfficer, after)).toEqual([otherUnit])

    // The same count the unit's statistics give.
    const unit = (await storedReport(cms.payload, open)).unit as number
    clock = after
    const stats = await reports.run<{ _entities: { reportStats: { overdue: number } }[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { reportStats { overdue } } } }`,
      { r: [{ __typename: 'Unit', id: String(unit) }] },
    )
    expect(stats.data!._entities[0]!.reportStats.overdue).toBe(2)
  })

  it('gives the admin list URL of the filter, oldest deadline first', () => {
    const path = overdueQueuePath(new Date('2026-11-25T01:00:00Z'))
    const [route, query] = path.split('?')
    expect(route).toBe('/admin/collections/reports')
    const params = new URLSearchParams(query)
    expect(params.get('where[and][0][dueAt][less_than]')).toBe('2026-11-25T01:00:00.000Z')
    expect([0, 1, 2].map((i) => params.get(`where[and][1][status][not_in][${i}]`))).toEqual([
      'ANSWERED',
      'CLOSED',
      'REJECTED',
    ])
    expect(params.get('sort')).toBe('dueAt')
  })
})
