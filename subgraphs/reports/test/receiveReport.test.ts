import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  readDeadlineDays,
  receiveReport,
  receiveReportWithLocalApi,
  ReportKeyTaken,
  reportDueAt,
  type NewReport,
} from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import type { Payload } from 'payload'
import { uploadedPhoto } from './factories.ts'

let cms: TestCms
let ids: { locality: number; unit: number; earlier: number; photos: number[] }
let sequence = 0

beforeAll(async () => {
  cms = await createTestCms()
  const { payload } = cms
  const [locality] = (await payload.find({ collection: 'localities', where: { code: { equals: '00004' } } })).docs
  const [unit] = (await payload.find({ collection: 'units', where: { name: { equals: 'Công an phường Ba Đình' } } }))
    .docs
  const earlier = await receiveReport(payload, newReport(await deadlines(), { locality: locality!.id }), new Date())
  ids = { locality: locality!.id, unit: unit!.id, earlier: earlier.id, photos: [] }
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

const deadlines = () => readDeadlineDays(cms.payload)

/** A unique report of each kind receiving handles differently: identity, anonymity, relations. */
function newReport(days: Awaited<ReturnType<typeof deadlines>>, overrides: Partial<NewReport>): NewReport {
  sequence++
  const type = overrides.type ?? 'ADMIN_FEEDBACK'
  return {
    trackingCode: `PA-TEST${sequence}-${Date.now().toString(36).toUpperCase()}`,
    type,
    dueAt: reportDueAt(days, type, new Date()),
    unit: ids?.unit ?? 1,
    possibleDuplicates: [],
    locality: ids?.locality ?? 1,
    localityCode: '00004',
    provinceCode: '01',
    title: null,
    content: 'Đề nghị niêm yết rõ lệ phí cấp căn cước.',
    occurredAt: null,
    place: null,
    vehiclePlate: null,
    anonymous: false,
    attachments: [],
    reporter: { name: 'Nguyễn Văn An', phone: '0912345678', idNumber: '001090000001', email: null },
    reporterPhoneHash: 'hash-of-phone',
    idempotencyKey: `key-${sequence}-${Date.now()}`,
    requestFingerprint: `fingerprint-${sequence}`,
    ...overrides,
  }
}

/** The stored report and its outbox events as an officer's tools read them, minus what must differ. */
async function stored(payload: Payload, id: number) {
  const doc = await payload.findByID({ collection: 'reports', id, depth: 0, showHiddenFields: true })
  const { docs: events } = await payload.find({
    collection: 'outboxEvents',
    where: { trackingCode: { equals: doc.trackingCode } },
    depth: 0,
  })
  const raw = await payload.db.findOne({ collection: 'reports', where: { id: { equals: id } } })
  const unique = { id: 0, trackingCode: '', idempotencyKey: '', requestFingerprint: '', updatedAt: '' }
  return {
    report: {
      ...doc,
      ...unique,
      mergedDuplicates: undefined,
      timeline: doc.timeline?.map(({ id: _id, ...step }) => step),
    },
    events: events.map(({ id: _id, trackingCode: _code, createdAt: _c, updatedAt: _u, body, ...event }) => ({
      ...event,
      body: { ...(body as object), trackingCode: '' },
    })),
    // Personal data is stored encrypted either way (the reads above decrypt it).
    encrypted: Object.entries(raw as Record<string, unknown>)
      .filter(([key]) => key === 'reporter' || key === 'place')
      .map(([key, value]) => [key, JSON.stringify(value ?? null).includes('pd1:')]),
  }
}

async function bothWays(overrides: Partial<NewReport>) {
  const { payload } = cms
  const receivedAt = new Date()
  const days = await deadlines()
  const fast = await receiveReport(payload, newReport(days, overrides), receivedAt)
  const reference = await receiveReportWithLocalApi(payload, newReport(days, overrides), receivedAt)
  return { fast, viaReceive: await stored(payload, fast.id), viaCollection: await stored(payload, reference.id) }
}

describe('receiving a report stores what the collection’s create would', () => {
  it('an identified report: deadline, encrypted identity, first timeline step, one outbox event', async () => {
    const { fast, viaReceive, viaCollection } = await bothWays({})
    expect(viaReceive).toEqual(viaCollection)
    expect(viaReceive.events).toHaveLength(1)
    expect(viaReceive.encrypted).toContainEqual(['reporter', true])
    expect(fast.timeline).toEqual([expect.objectContaining({ status: 'RECEIVED', at: fast.createdAt })])
  })

  it('an anonymous crime tip: no identity, its place encrypted', async () => {
    const { viaReceive, viaCollection } = await bothWays({
      type: 'CRIME_TIP',
      anonymous: true,
      reporter: null,
      reporterPhoneHash: null,
      place: 'Quán nước đầu ngõ 12',
    })
    expect(viaReceive).toEqual(viaCollection)
    expect(viaReceive.report.place).toBe('Quán nước đầu ngõ 12')
    expect(viaReceive.encrypted).toContainEqual(['place', true])
  })

  it('a traffic violation with photos, flagged as a possible duplicate', async () => {
    const photos = [await uploadedPhoto(cms.payload), await uploadedPhoto(cms.payload)]
    const { docs } = await cms.payload.find({ collection: 'reportAttachments', where: { token: { in: photos } } })
    const attachments = docs.map((doc) => doc.id)
    const receivedAt = new Date()
    const days = await deadlines()
    const occurredAt = new Date(Date.now() - 3_600_000).toISOString()
    const traffic = (own: number[]): Partial<NewReport> => ({
      type: 'TRAFFIC_VIOLATION',
      vehiclePlate: '30A-123.45',
      place: 'Ngã tư Kim Mã',
      occurredAt,
      possibleDuplicates: [ids.earlier],
      attachments: own,
    })
    const fast = await receiveReport(cms.payload, newReport(days, traffic(attachments)), receivedAt)
    const viaReceive = await stored(cms.payload, fast.id)
    expect(viaReceive.report.attachments).toEqual(attachments)
    expect(viaReceive.report.possibleDuplicates).toEqual([ids.earlier])
    // Uploads belong to one report, so the reference gets none: compare everything else.
    const reference = await receiveReportWithLocalApi(cms.payload, newReport(days, traffic([])), receivedAt)
    const viaCollection = await stored(cms.payload, reference.id)
    expect({ ...viaReceive.report, attachments: [] }).toEqual(viaCollection.report)
    expect(viaReceive.events).toEqual(viaCollection.events)
  })
})

describe('receiving refuses a taken key and stores nothing', () => {
  it('names the idempotency key or the tracking code that is taken', async () => {
    const days = await deadlines()
    const first = newReport(days, {})
    await receiveReport(cms.payload, first, new Date())
    const count = async () => (await cms.payload.count({ collection: 'reports' })).totalDocs
    const events = async () => (await cms.payload.count({ collection: 'outboxEvents' })).totalDocs
    const before = [await count(), await events()]

    const sameKey = receiveReport(
      cms.payload,
      { ...newReport(days, {}), idempotencyKey: first.idempotencyKey },
      new Date(),
    )
    await expect(sameKey).rejects.toEqual(new ReportKeyTaken('idempotencyKey'))
    const sameCode = receiveReport(
      cms.payload,
      { ...newReport(days, {}), trackingCode: first.trackingCode },
      new Date(),
    )
    await expect(sameCode).rejects.toEqual(new ReportKeyTaken('trackingCode'))
    expect([await count(), await events()]).toEqual(before)
  })
})
