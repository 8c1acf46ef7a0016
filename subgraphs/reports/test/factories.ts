import { randomUUID } from 'node:crypto'
import { createLogger } from '@caunoi/platform'
import type { Payload, Where } from 'payload'
import sharp from 'sharp'
import type { ReportType, SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import { DEFAULT_ATTACHMENT_LIMITS } from '../src/domain/attachmentLimits.ts'
import { sanitizeAttachment } from '../src/domain/sanitizeAttachment.ts'
import { storeAttachments } from '../src/domain/storeAttachments.ts'

export const REPORTER = { name: 'Nguyễn Văn An', phone: '0912 345 678' } as const

const CONTENT: Record<ReportType, string> = {
  ADMIN_FEEDBACK: 'Đề nghị niêm yết rõ lệ phí cấp căn cước tại trụ sở công an phường.',
  CRIME_TIP: 'Có nhóm người tụ tập đánh bạc vào buổi tối tại một quán nước.',
  TRAFFIC_VIOLATION: 'Xe ô tô vượt đèn đỏ tại nút giao.',
  PUBLIC_ORDER: 'Quán karaoke gây ồn ào sau 23 giờ.',
}

const anHourAgo = () => new Date(Date.now() - 3_600_000).toISOString()

/** A valid submission of each type, in Phường Ba Đình (Hà Nội); overrides make it invalid. */
export function reportInput(type: ReportType, overrides: Partial<SubmitReportInput> = {}): SubmitReportInput {
  const byType: Partial<SubmitReportInput> =
    type === 'TRAFFIC_VIOLATION'
      ? { vehiclePlate: '30A-123.45', place: 'Ngã tư Kim Mã – Liễu Giai', occurredAt: anHourAgo() }
      : {}
  return { type, localityCode: '00004', content: CONTENT[type], reporter: { ...REPORTER }, ...byType, ...overrides }
}

/** A crime tip sent without any identity. */
export function anonymousTip(overrides: Partial<SubmitReportInput> = {}): SubmitReportInput {
  return { type: 'CRIME_TIP', localityCode: '00004', content: CONTENT.CRIME_TIP, anonymous: true, ...overrides }
}

export const idempotencyKey = () => `test-${randomUUID()}`

export async function countReports(payload: Payload, where?: Where): Promise<number> {
  return (await payload.count({ collection: 'reports', where })).totalDocs
}

/** The stored row as an officer would see it, bookkeeping included. */
export async function storedReport(payload: Payload, trackingCode: string) {
  const { docs } = await payload.find({
    collection: 'reports',
    where: { trackingCode: { equals: trackingCode } },
    depth: 0,
    limit: 1,
  })
  if (!docs[0]) throw new Error(`no stored report ${trackingCode}`)
  return docs[0]
}

/** A small JPEG photo as a phone takes it: camera make and GPS position in its EXIF block. */
export function phonePhoto(width = 64, height = 48): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 200, g: 30, b: 30 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'CauNoiTestCam', Model: 'Tipster Phone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '21/1 1/1 39/1', GPSLongitudeRef: 'E', GPSLongitude: '105/1 49/1 7/1' },
    })
    .toBuffer()
}

/** An uploaded photo's attachment id, stored as POST /attachments stores it. */
export async function uploadedPhoto(payload: Payload): Promise<string> {
  const photo = await sanitizeAttachment(await phonePhoto(), DEFAULT_ATTACHMENT_LIMITS)
  const [stored] = await storeAttachments(payload, [photo], createLogger('test-attachments'))
  return stored!.id
}

/** A valid traffic violation: plate, place, time and a freshly uploaded photo. */
export async function trafficViolation(payload: Payload, overrides: Partial<SubmitReportInput> = {}) {
  return reportInput('TRAFFIC_VIOLATION', { attachmentIds: [await uploadedPhoto(payload)], ...overrides })
}

/** An officer of the given unit (created once per email), as the admin's user list holds them. */
export async function officerOf(payload: Payload, unitId: number, email = `can-bo-${unitId}@caunoi.test`) {
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })
  if (docs[0]) return docs[0]
  return payload.create({
    collection: 'users',
    data: { email, password: 'Mat-khau-2026', name: `Cán bộ đơn vị ${unitId}`, role: 'officer', unit: unitId },
  })
}

const FORWARD = ['RECEIVED', 'ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED', 'CLOSED'] as const
type ForwardStatus = (typeof FORWARD)[number]

/**
 * Walks a report along the workflow to `to`, one allowed step at a time, as an officer of its unit
 * would: accept, assign to that officer, start, answer, close.
 */
export async function advanceReport(
  payload: Payload,
  trackingCode: string,
  to: ForwardStatus,
  options: { answer?: string; now?: Date } = {},
) {
  let report = await storedReport(payload, trackingCode)
  const unitId = typeof report.unit === 'object' ? report.unit!.id : report.unit!
  const officer = await officerOf(payload, unitId)
  for (let i = FORWARD.indexOf(report.status as ForwardStatus) + 1; i <= FORWARD.indexOf(to); i++) {
    const status = FORWARD[i]!
    report = await payload.update({
      collection: 'reports',
      id: report.id,
      data: {
        status,
        ...(status === 'ASSIGNED' ? { assignee: officer.id } : {}),
        ...(status === 'ANSWERED' ? { answer: options.answer ?? 'Đơn vị đã xác minh và xử lý theo quy định.' } : {}),
      },
      user: officer,
      overrideAccess: false,
      context: options.now ? { now: options.now } : {},
      depth: 0,
    })
  }
  return report
}
