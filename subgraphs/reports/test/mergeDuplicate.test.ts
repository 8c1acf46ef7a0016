import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { mergedIntoNote, MERGED_INTO_TARGET_NOTE, type Report, type User } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { advanceReport, anonymousTip, officerOf, reportInput, storedReport } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor
let baDinhOfficer: User
let hoanKiemOfficer: User
let hanoiOfficer: User

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
  const { docs } = await cms.payload.find({ collection: 'units', pagination: false, depth: 0 })
  const unit = (name: string) => docs.find((u) => u.name === name)!.id
  baDinhOfficer = await officerOf(cms.payload, unit('Công an phường Ba Đình'))
  hoanKiemOfficer = await officerOf(cms.payload, unit('Công an phường Hoàn Kiếm'))
  hanoiOfficer = await officerOf(cms.payload, unit('Công an thành phố Hà Nội'))
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

/** A new report in Ba Đình (or wherever the overrides say), as stored. */
async function newReport(input = reportInput('ADMIN_FEEDBACK')): Promise<Report> {
  const { data, errors } = await reports.submit(input)
  expect(errors).toBeUndefined()
  return storedReport(cms.payload, data!.submitReport.trackingCode)
}

/** An officer's change through the Local API with access control on, as the admin makes it. */
const act = (report: Pick<Report, 'id'>, data: Record<string, unknown>, user: User = baDinhOfficer) =>
  cms.payload.update({ collection: 'reports', id: report.id, data, user, overrideAccess: false, depth: 0 })

async function refusal(change: Promise<unknown>) {
  const error = (await change.then(
    () => null,
    (e: unknown) => e,
  )) as { name?: string; data?: { errors?: { path: string; message: string }[] } } | null
  expect(error?.name).toBe('ValidationError')
  return error!.data!.errors!
}

const lastEntry = (report: Report) => report.timeline!.at(-1)!

describe('merging a duplicate into another report', () => {
  it('closes the duplicate with a public entry naming the report that carries on, and notes the merge there', async () => {
    const original = await newReport()
    const duplicate = await newReport()
    await advanceReport(cms.payload, original.trackingCode, 'IN_PROGRESS')
    const originalEntries = (await storedReport(cms.payload, original.trackingCode)).timeline!.length

    const viewsOfOriginal = () =>
      cms.payload.count({ collection: 'personalDataAccessLog', where: { report: { equals: original.id } } })
    const viewsBefore = (await viewsOfOriginal()).totalDocs
    const merged = await act(duplicate, { mergedInto: original.id })
    expect(merged).toMatchObject({ status: 'CLOSED', mergedInto: original.id, resolvedAt: expect.any(String) })
    expect(lastEntry(merged)).toMatchObject({
      status: 'CLOSED',
      note: mergedIntoNote(original.trackingCode),
      actor: baDinhOfficer.id,
    })

    const target = await storedReport(cms.payload, original.trackingCode)
    expect(target.status).toBe('IN_PROGRESS')
    expect(target.timeline).toHaveLength(originalEntries + 1)
    expect(lastEntry(target)).toMatchObject({ status: 'IN_PROGRESS', note: MERGED_INTO_TARGET_NOTE })
    // The target's note gives no code: its sender learns nothing about the other sender's report.
    expect(lastEntry(target).note).not.toContain(duplicate.trackingCode)
    // Writing that note read no one's identity: no view of the original's sender is logged.
    expect((await viewsOfOriginal()).totalDocs).toBe(viewsBefore)

    // The sender of the duplicate reads where to follow it; the status change goes out through the outbox.
    const { data } = await reports.run<{ report: { status: string; timeline: { note: string }[] } }>(
      `query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { status timeline { note } } }`,
      { c: duplicate.trackingCode, v: '0912 345 678' },
    )
    expect(data!.report.status).toBe('CLOSED')
    expect(data!.report.timeline.at(-1)!.note).toContain(original.trackingCode)
    const events = await cms.payload.find({
      collection: 'outboxEvents',
      where: { and: [{ trackingCode: { equals: duplicate.trackingCode } }, { status: { equals: 'CLOSED' } }] },
    })
    expect(events.totalDocs).toBe(1)

    // The surviving report lists what was merged into it, for the officer.
    const withJoin = await cms.payload.findByID({ collection: 'reports', id: original.id, depth: 0 })
    expect(withJoin.mergedDuplicates?.docs).toEqual([duplicate.id])
  })

  it('lets an officer of a parent unit merge reports of its communes', async () => {
    const original = await newReport()
    const duplicate = await newReport()
    expect((await act(duplicate, { mergedInto: original.id }, hanoiOfficer)).status).toBe('CLOSED')
  })

  it('refuses a merge into itself, twice, into a merged report, of a concluded one, or across the crime-tip line', async () => {
    const original = await newReport()
    const duplicate = await newReport()
    expect(await refusal(act(duplicate, { mergedInto: duplicate.id }))).toEqual([
      { path: 'mergedInto', message: 'Không thể gộp phản ánh vào chính nó.' },
    ])

    await act(duplicate, { mergedInto: original.id })
    const another = await newReport()
    expect((await refusal(act(duplicate, { mergedInto: another.id })))[0]!.message).toMatch(/đã được gộp/)
    expect((await refusal(act(duplicate, { mergedInto: null })))[0]!.message).toMatch(/đã được gộp/)
    expect((await refusal(act(another, { mergedInto: duplicate.id })))[0]!.message).toMatch(/phản ánh gốc/)

    const rejected = await newReport()
    await act(rejected, { status: 'REJECTED', rejectionReason: 'Không thuộc thẩm quyền.' })
    expect((await refusal(act(rejected, { mergedInto: original.id })))[0]!.message).toMatch(/kết thúc/)

    const tip = await newReport(anonymousTip())
    expect((await refusal(act(tip, { mergedInto: original.id })))[0]!.message).toMatch(/tin báo tội phạm/)
    expect((await refusal(act(another, { mergedInto: tip.id })))[0]!.message).toMatch(/tin báo tội phạm/)
    const otherTip = await newReport(anonymousTip({ content: 'Lại có nhóm người tụ tập đánh bạc.' }))
    expect((await act(otherTip, { mergedInto: tip.id })).status).toBe('CLOSED')

    // Nothing changed by a refusal.
    expect(await storedReport(cms.payload, another.trackingCode)).toMatchObject({
      status: 'RECEIVED',
      mergedInto: null,
    })
    expect((await storedReport(cms.payload, rejected.trackingCode)).status).toBe('REJECTED')
  })

  it('keeps the merge within the officer’s units: another unit’s report is neither source nor target', async () => {
    const baDinh = await newReport()
    const hoanKiem = await newReport(reportInput('ADMIN_FEEDBACK', { localityCode: '00070' }))
    expect(hoanKiem.unit).not.toBe(baDinh.unit)
    const timelineBefore = (await storedReport(cms.payload, hoanKiem.trackingCode)).timeline!.length

    expect((await refusal(act(baDinh, { mergedInto: hoanKiem.id })))[0]!.message).toMatch(/phạm vi đơn vị/)
    const forbidden = await act(baDinh, { mergedInto: hoanKiem.id }, hoanKiemOfficer).catch((e: { name: string }) => e)
    expect(['Forbidden', 'NotFound']).toContain((forbidden as { name: string }).name)

    expect((await storedReport(cms.payload, baDinh.trackingCode)).status).toBe('RECEIVED')
    expect((await storedReport(cms.payload, hoanKiem.trackingCode)).timeline).toHaveLength(timelineBefore)
  })
})
