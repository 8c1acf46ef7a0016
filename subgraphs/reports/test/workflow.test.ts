import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Report, User } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { advanceReport, officerOf, reportInput, storedReport } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
// A fake clock shared by the subgraph and the hooks: tests move it by hand.
let clock = new Date('2026-11-18T03:00:00Z') // Wednesday 10:00 in Hà Nội
const unitIds = new Map<string, number>()
let baDinhOfficer: User
let hoanKiemOfficer: User
let hanoiOfficer: User

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload, { now: () => clock })
  const { docs } = await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })
  for (const unit of docs) unitIds.set(unit.name, unit.id)
  baDinhOfficer = await officerOf(cms.payload, unitIds.get('Công an phường Ba Đình')!)
  hoanKiemOfficer = await officerOf(cms.payload, unitIds.get('Công an phường Hoàn Kiếm')!)
  hanoiOfficer = await officerOf(cms.payload, unitIds.get('Công an thành phố Hà Nội')!)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

/** A new feedback report in Phường Ba Đình, received now by the fake clock. */
async function newReport(type: 'ADMIN_FEEDBACK' | 'CRIME_TIP' = 'ADMIN_FEEDBACK') {
  const { data, errors } = await reports.submit(reportInput(type))
  expect(errors).toBeUndefined()
  return storedReport(cms.payload, data!.submitReport.trackingCode)
}

/** An officer's change through the Local API with access control on, as the admin makes it. */
function act(report: Pick<Report, 'id'>, data: Record<string, unknown>, user: User = baDinhOfficer) {
  return cms.payload.update({
    collection: 'reports',
    id: report.id,
    data,
    user,
    overrideAccess: false,
    context: { now: clock },
    depth: 0,
  })
}

const outboxOf = async (trackingCode: string) =>
  (
    await cms.payload.find({
      collection: 'outboxEvents',
      where: { trackingCode: { equals: trackingCode } },
      sort: 'createdAt',
      pagination: false,
    })
  ).docs

/** The validation problems Payload reports for a refused change. */
async function refusal(change: Promise<unknown>) {
  const error = (await change.then(
    () => null,
    (e: unknown) => e,
  )) as { name?: string; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error?.name).toBe('ValidationError')
  return error!.data!.errors!
}

describe('processing a report step by step', () => {
  it('walks received → accepted → assigned → in progress → answered → closed, one timeline entry per step', async () => {
    const report = await newReport()
    const at = (iso: string) => (clock = new Date(iso))
    at('2026-11-18T04:00:00Z')
    await act(report, { status: 'ACCEPTED' })
    at('2026-11-18T05:00:00Z')
    await act(report, { status: 'ASSIGNED', assignee: baDinhOfficer.id })
    at('2026-11-19T02:00:00Z')
    await act(report, { status: 'IN_PROGRESS' })
    at('2026-11-20T02:00:00Z')
    await act(report, { status: 'ANSWERED', answer: 'Đã niêm yết lệ phí tại trụ sở.' })
    at('2026-11-21T02:00:00Z')
    const closed = await act(report, { status: 'CLOSED' })

    expect(
      closed.timeline!.map((e) => [e.status, e.at, typeof e.actor === 'object' ? (e.actor?.id ?? null) : e.actor]),
    ).toEqual([
      ['RECEIVED', '2026-11-18T03:00:00.000Z', null],
      ['ACCEPTED', '2026-11-18T04:00:00.000Z', baDinhOfficer.id],
      ['ASSIGNED', '2026-11-18T05:00:00.000Z', baDinhOfficer.id],
      ['IN_PROGRESS', '2026-11-19T02:00:00.000Z', baDinhOfficer.id],
      ['ANSWERED', '2026-11-20T02:00:00.000Z', baDinhOfficer.id],
      ['CLOSED', '2026-11-21T02:00:00.000Z', baDinhOfficer.id],
    ])
    expect(closed.answeredAt).toBe('2026-11-20T02:00:00.000Z')
    expect(closed.resolvedAt).toBe('2026-11-20T02:00:00.000Z')
  })

  it('shows the sender each public step with its note, but not who acted', async () => {
    const { data } = await reports.submit(reportInput('ADMIN_FEEDBACK'))
    const { trackingCode, verifier } = data!.submitReport
    await act(await storedReport(cms.payload, trackingCode), { status: 'ACCEPTED' })
    const lookup = await reports.run<{ report: { timeline: Record<string, unknown>[] } | null }>(
      `query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { timeline { status at note } } }`,
      { c: trackingCode, v: verifier },
    )
    expect(lookup.data!.report!.timeline).toEqual([
      { status: 'RECEIVED', at: expect.any(Date), note: null },
      { status: 'ACCEPTED', at: clock, note: 'Đơn vị đã thụ lý phản ánh.' },
    ])
  })

  it('rejects a report only with a reason, which the sender reads', async () => {
    const report = await newReport()
    expect(await refusal(act(report, { status: 'REJECTED' }))).toEqual([
      { path: 'rejectionReason', message: 'Vui lòng nêu lý do không thụ lý.' },
    ])
    const rejected = await act(report, { status: 'REJECTED', rejectionReason: 'Nội dung không thuộc thẩm quyền.' })
    expect(rejected.status).toBe('REJECTED')
    expect(rejected.timeline!.at(-1)!.note).toBe('Không thụ lý: Nội dung không thuộc thẩm quyền.')
  })

  it('assigns only an officer of the handling unit or a unit under it', async () => {
    const report = await newReport()
    await act(report, { status: 'ACCEPTED' })
    expect(await refusal(act(report, { status: 'ASSIGNED' }))).toEqual([
      { path: 'assignee', message: 'Vui lòng chọn cán bộ xử lý.' },
    ])
    expect(await refusal(act(report, { status: 'ASSIGNED', assignee: hoanKiemOfficer.id }))).toEqual([
      { path: 'assignee', message: 'Chỉ phân công cho cán bộ của đơn vị đang xử lý phản ánh.' },
    ])
    const assigned = await act(report, { status: 'ASSIGNED', assignee: baDinhOfficer.id })
    expect(assigned.status).toBe('ASSIGNED')
  })

  it('answers only with an answer', async () => {
    const report = await newReport()
    await advanceReport(cms.payload, report.trackingCode, 'IN_PROGRESS', { now: clock })
    expect(await refusal(act(report, { status: 'ANSWERED' }))).toEqual([
      { path: 'answer', message: 'Vui lòng nhập nội dung trả lời.' },
    ])
  })

  it('reopens an answered or closed report only on a complaint, and counts it open again', async () => {
    const report = await newReport()
    await advanceReport(cms.payload, report.trackingCode, 'CLOSED', { now: clock })
    expect(await refusal(act(report, { status: 'IN_PROGRESS' }))).toEqual([
      { path: 'complaint', message: 'Chỉ mở lại phản ánh khi có khiếu nại; vui lòng nhập nội dung khiếu nại.' },
    ])
    const reopened = await act(report, { status: 'IN_PROGRESS', complaint: 'Trả lời chưa đúng nội dung phản ánh.' })
    expect(reopened.status).toBe('IN_PROGRESS')
    expect(reopened.resolvedAt).toBeNull()
    expect(reopened.timeline!.at(-1)).toMatchObject({ status: 'IN_PROGRESS', note: 'Mở lại để xem xét khiếu nại.' })
    // The same complaint twice does not reopen a report answered again.
    await act(reopened, { status: 'ANSWERED', answer: 'Đã trả lời bổ sung.' })
    expect(
      (await refusal(act(report, { status: 'IN_PROGRESS', complaint: 'Trả lời chưa đúng nội dung phản ánh.' })))[0]!
        .path,
    ).toBe('complaint')
  })

  it.each([
    ['RECEIVED', 'ANSWERED'],
    ['RECEIVED', 'CLOSED'],
    ['RECEIVED', 'IN_PROGRESS'],
    ['ACCEPTED', 'IN_PROGRESS'],
    ['ACCEPTED', 'RECEIVED'],
    ['IN_PROGRESS', 'CLOSED'],
    ['IN_PROGRESS', 'REJECTED'],
    ['ANSWERED', 'RECEIVED'],
    ['CLOSED', 'ANSWERED'],
  ] as const)('refuses to move a report from %s to %s, changing nothing', async (from, to) => {
    const report = await newReport()
    if (from !== 'RECEIVED') await advanceReport(cms.payload, report.trackingCode, from, { now: clock })
    const before = await storedReport(cms.payload, report.trackingCode)
    const eventsBefore = (await outboxOf(report.trackingCode)).length
    const [problem] = await refusal(act(report, { status: to, answer: 'x', rejectionReason: 'x' }))
    expect(problem).toMatchObject({ path: 'status', message: expect.stringMatching(/^Không thể chuyển phản ánh từ "/) })
    const after = await storedReport(cms.payload, report.trackingCode)
    expect(after.status).toBe(from)
    expect(after.timeline).toEqual(before.timeline)
    expect(await outboxOf(report.trackingCode)).toHaveLength(eventsBefore)
  })

  it('keeps the timeline append-only: an officer cannot rewrite or drop past entries', async () => {
    const report = await newReport()
    await act(report, { status: 'ACCEPTED' })
    const updated = await act(report, { timeline: [{ status: 'CLOSED', at: new Date().toISOString(), note: 'xoá' }] })
    expect(updated.timeline!.map((e) => e.status)).toEqual(['RECEIVED', 'ACCEPTED'])
  })
})

describe('officers act only within their unit subtree', () => {
  it('hides another unit’s reports from an officer, and refuses their change', async () => {
    const report = await newReport()
    const seen = await cms.payload.find({
      collection: 'reports',
      where: { id: { equals: report.id } },
      user: hoanKiemOfficer,
      overrideAccess: false,
    })
    expect(seen.totalDocs).toBe(0)
    await expect(act(report, { status: 'ACCEPTED' }, hoanKiemOfficer)).rejects.toMatchObject({
      status: expect.any(Number),
    })
    const error = await act(report, { status: 'ACCEPTED' }, hoanKiemOfficer).catch((e: { name: string }) => e)
    expect(['Forbidden', 'NotFound']).toContain((error as { name: string }).name)
    expect((await storedReport(cms.payload, report.trackingCode)).status).toBe('RECEIVED')
  })

  it('lets the provincial police see and process the reports of its communes', async () => {
    const report = await newReport()
    const seen = await cms.payload.find({
      collection: 'reports',
      where: { id: { equals: report.id } },
      user: hanoiOfficer,
      overrideAccess: false,
    })
    expect(seen.totalDocs).toBe(1)
    expect((await act(report, { status: 'ACCEPTED' }, hanoiOfficer)).status).toBe('ACCEPTED')
  })

  it('shows nothing to an officer without a unit or to an editor', async () => {
    const noUnit = await cms.payload.create({
      collection: 'users',
      data: { email: 'khong-don-vi@caunoi.test', password: 'Mat-khau-2026', name: 'Chưa có đơn vị', role: 'officer' },
    })
    const editor = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'bien-tap@caunoi.test',
        password: 'Mat-khau-2026',
        name: 'Biên tập',
        role: 'unit-editor',
        // A unit editor always belongs to a unit (users collection rule); editors still see no reports.
        unit: unitIds.get('Công an phường Ba Đình'),
      },
    })
    for (const user of [noUnit, editor]) {
      await expect(cms.payload.find({ collection: 'reports', user, overrideAccess: false })).rejects.toMatchObject({
        name: 'Forbidden',
      })
    }
  })

  it('lets only a super-admin move a report to another unit’s queue', async () => {
    const report = await newReport()
    const moved = await act(report, { unit: unitIds.get('Công an phường Hoàn Kiếm') })
    expect(moved.unit).toBe(unitIds.get('Công an phường Ba Đình'))
  })
})

describe('deadlines per type, in working days', () => {
  it('sets the deadline from the type’s working days and counts an open report overdue after it', async () => {
    clock = new Date('2026-11-20T03:00:00Z') // Friday 10:00 in Hà Nội
    await cms.payload.updateGlobal({ slug: 'reportSettings', data: { deadlineDays: { CRIME_TIP: 2 } } })
    const tip = await newReport('CRIME_TIP')
    // Two working days after Friday: Monday and Tuesday; due at the end of Tuesday in Hà Nội.
    expect(tip.dueAt).toBe('2026-11-24T16:59:59.999Z')

    const overdueIn = async () => {
      const { data } = await reports.run<{ _entities: { reportStats: { overdue: number } }[] }>(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on Locality { reportStats { overdue } } } }',
        { r: [{ __typename: 'Locality', code: '00004' }] },
      )
      return data!._entities[0]!.reportStats.overdue
    }
    const before = await overdueIn()
    clock = new Date('2026-11-24T16:00:00Z') // Tuesday 23:00: still in time
    expect(await overdueIn()).toBe(before)
    clock = new Date('2026-11-24T17:00:01Z') // Wednesday 00:00:01
    expect(await overdueIn()).toBeGreaterThan(before)
    const lateCount = await overdueIn()
    await advanceReport(cms.payload, tip.trackingCode, 'ANSWERED', { now: clock })
    expect(await overdueIn()).toBe(lateCount - 1)
  })

  it('applies an edited deadline to reports received after the edit', async () => {
    clock = new Date('2026-11-23T03:00:00Z') // Monday
    await cms.payload.updateGlobal({ slug: 'reportSettings', data: { deadlineDays: { ADMIN_FEEDBACK: 1 } } })
    expect((await newReport()).dueAt).toBe('2026-11-24T16:59:59.999Z')
    await cms.payload.updateGlobal({ slug: 'reportSettings', data: { deadlineDays: { ADMIN_FEEDBACK: 10 } } })
    expect((await newReport()).dueAt).toBe('2026-12-07T16:59:59.999Z')
  })
})

describe('status changes in the outbox', () => {
  it('writes one event per status change, with the new and previous status and no personal data', async () => {
    const report = await newReport()
    await advanceReport(cms.payload, report.trackingCode, 'ANSWERED', { now: clock })
    const events = await outboxOf(report.trackingCode)
    expect(events.map((e) => [e.previousStatus ?? null, e.status])).toEqual([
      [null, 'RECEIVED'],
      ['RECEIVED', 'ACCEPTED'],
      ['ACCEPTED', 'ASSIGNED'],
      ['ASSIGNED', 'IN_PROGRESS'],
      ['IN_PROGRESS', 'ANSWERED'],
    ])
    const bodies = JSON.stringify(events.map((e) => e.body))
    expect(bodies).not.toMatch(/Nguyễn Văn An|0912|345 678/)
    expect(events.every((e) => e.deliveredAt == null && e.attempts === 0)).toBe(true)
  })
})
