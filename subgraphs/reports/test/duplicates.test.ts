import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import { textSimilarity } from '../src/domain/possibleDuplicates.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'
import { reportInput, storedReport, trafficViolation } from './factories.ts'

let cms: TestCms
let reports: ReportsExecutor

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

async function flagsOf(input: SubmitReportInput): Promise<{ id: number; flagged: number[] }> {
  const { data, errors } = await reports.submit(input)
  expect(errors).toBeUndefined()
  const stored = await storedReport(cms.payload, data!.submitReport.trackingCode)
  const flagged = (stored.possibleDuplicates ?? []).map((d) => (typeof d === 'object' ? d.id : d))
  return { id: stored.id, flagged }
}

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString()

describe('flagging possible duplicates', () => {
  it('flags a traffic violation with the same plate at the same place within two hours', async () => {
    const first = await flagsOf(
      await trafficViolation(cms.payload, {
        vehiclePlate: '29A-111.22',
        place: 'Ngã tư Kim Mã – Liễu Giai',
        occurredAt: hoursAgo(3),
      }),
    )
    expect(first.flagged).toEqual([])
    // Typed differently (case, diacritics, dash), an hour later, with a different description.
    const second = await flagsOf(
      await trafficViolation(cms.payload, {
        vehiclePlate: '29a11122',
        place: 'ngã tư kim mã - liễu giai',
        occurredAt: hoursAgo(2),
        content: 'Ô tô con đỗ trên vạch người đi bộ.',
      }),
    )
    expect(second.flagged).toEqual([first.id])
  })

  it('does not flag the same plate at another place, or at the same place much later', async () => {
    await flagsOf(
      await trafficViolation(cms.payload, {
        vehiclePlate: '30E-555.66',
        place: 'Cầu Giấy',
        occurredAt: hoursAgo(10),
        content: 'Vượt đèn đỏ lần một.',
      }),
    )
    const elsewhere = await flagsOf(
      await trafficViolation(cms.payload, {
        vehiclePlate: '30E-555.66',
        place: 'Hồ Gươm',
        occurredAt: hoursAgo(9),
        content: 'Đỗ xe sai quy định bên hồ.',
      }),
    )
    expect(elsewhere.flagged).toEqual([])
    const later = await flagsOf(
      await trafficViolation(cms.payload, {
        vehiclePlate: '30E-555.66',
        place: 'Cầu Giấy',
        occurredAt: hoursAgo(5),
        content: 'Chạy quá tốc độ trên cầu.',
      }),
    )
    expect(later.flagged).toEqual([])
  })

  it('flags a near-identical text in the same locality, not in another', async () => {
    const text = 'Quán karaoke số 15 phố Đội Cấn mở nhạc rất to sau 23 giờ đêm, ảnh hưởng cả khu dân cư.'
    const first = await flagsOf(reportInput('PUBLIC_ORDER', { content: text }))
    const again = await flagsOf(
      reportInput('PUBLIC_ORDER', {
        content: 'quan karaoke so 15 pho doi can mo nhac rat to sau 23 gio dem, anh huong ca khu dan cu!',
      }),
    )
    expect(again.flagged).toContain(first.id)
    const otherCommune = await flagsOf(reportInput('PUBLIC_ORDER', { content: text, localityCode: '00070' }))
    expect(otherCommune.flagged).toEqual([])
  })

  it('scores texts by shared word pairs, ignoring case and diacritics', () => {
    expect(textSimilarity('Xe vượt đèn đỏ tại ngã tư', 'xe vuot den do tai nga tu')).toBe(1)
    expect(textSimilarity('Xe vượt đèn đỏ tại ngã tư', 'Quán karaoke gây ồn ào sau 23 giờ')).toBe(0)
    expect(textSimilarity('', 'x')).toBe(0)
  })
})
