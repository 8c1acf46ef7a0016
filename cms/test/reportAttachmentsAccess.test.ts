import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { Payload } from 'payload'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { createActor, localityIdByCode, unitIdByName, type Actor } from './support/actors.ts'
import { restClient, type RestClient } from './support/restClient.ts'

let cms: TestCms
let payload: Payload
let rest: RestClient
const actors: Record<string, Actor> = {}

const BA_DINH = 'Công an phường Ba Đình'
const CAO_BANG = 'Công an tỉnh Cao Bằng'

/** The smallest valid PNG (1×1), stored as the reports subgraph stores a citizen's photo. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
)

async function storedAttachment() {
  const token = `A${randomBytes(13).toString('hex').toUpperCase()}`
  return payload.create({
    collection: 'reportAttachments',
    data: { token, kind: 'IMAGE' },
    file: { data: PIXEL, mimetype: 'image/png', name: `${token}.png`, size: PIXEL.length },
    depth: 0,
  })
}

let serial = 0
/** A report handled by `unitName` carrying the attachment. */
async function reportWith(attachment: number, unitName: string) {
  serial += 1
  return payload.create({
    collection: 'reports',
    data: {
      trackingCode: `PA-TEST${serial}-0000${serial}`,
      type: 'TRAFFIC_VIOLATION',
      status: 'RECEIVED',
      locality: (await localityIdByCode(payload, '01')) as number,
      localityCode: '01',
      provinceCode: '01',
      content: 'Xe máy vượt đèn đỏ',
      unit: (await unitIdByName(payload, unitName)) as number,
      attachments: [attachment],
    },
  })
}

/** Whether the actor gets the attachment through each door: REST by id, the list, the file route. */
async function doorsOpenTo(actor: Actor, attachment: { id: number; filename?: string | null }) {
  const byId = await rest.call(actor, 'GET', `/api/reportAttachments/${attachment.id}?depth=0`)
  const list = await rest.call(actor, 'GET', `/api/reportAttachments?depth=0&limit=0`)
  const file = await rest.call(actor, 'GET', `/api/reportAttachments/file/${attachment.filename}`)
  const listed = ((list.body?.docs as { id: number }[] | undefined) ?? []).some((d) => d.id === attachment.id)
  return { byId: byId.status === 200, listed, file: file.status === 200 }
}
const ALL_OPEN = { byId: true, listed: true, file: true }
const ALL_SHUT = { byId: false, listed: false, file: false }

beforeAll(async () => {
  cms = await createTestCms()
  payload = cms.payload
  rest = await restClient(payload)
  actors.anonymous = { name: 'anonymous' }
  actors['super-admin'] = await createActor(payload, 'super-admin')
  actors['provincial-editor'] = await createActor(payload, 'provincial-editor', { localityCode: '01' })
  actors['unit-editor'] = await createActor(payload, 'unit-editor', { unitName: BA_DINH })
  actors.handlingOfficer = await createActor(payload, 'officer', { unitName: BA_DINH })
  actors.otherUnitOfficer = await createActor(payload, 'officer', { unitName: CAO_BANG })
  actors.parentUnitOfficer = await createActor(payload, 'officer', { unitName: 'Công an thành phố Hà Nội' })
  actors.officerWithoutUnit = await createActor(payload, 'officer', { localityCode: '01' })
}, 120_000)

afterAll(async () => {
  await rest?.stop()
  await cms?.destroy()
}, 60_000)

describe('report attachments', () => {
  const EXPECTED: Record<string, typeof ALL_OPEN> = {
    anonymous: ALL_SHUT,
    'super-admin': ALL_OPEN,
    'provincial-editor': ALL_SHUT,
    'unit-editor': ALL_SHUT,
    handlingOfficer: ALL_OPEN,
    otherUnitOfficer: ALL_SHUT,
    parentUnitOfficer: ALL_SHUT,
    officerWithoutUnit: ALL_SHUT,
  }

  it.each(Object.entries(EXPECTED))('opens an attached file to %s: %o', async (who, expected) => {
    const attachment = await storedAttachment()
    await reportWith(attachment.id, BA_DINH)
    expect(await doorsOpenTo(actors[who]!, attachment)).toEqual(expected)
  })

  it('opens a file no report carries yet to nobody but the super-admin', async () => {
    const attachment = await storedAttachment()
    for (const who of Object.keys(EXPECTED).filter((w) => w !== 'super-admin')) {
      expect({ who, doors: await doorsOpenTo(actors[who]!, attachment) }).toEqual({ who, doors: ALL_SHUT })
    }
    expect(await doorsOpenTo(actors['super-admin']!, attachment)).toEqual(ALL_OPEN)
  })

  it('moves the files with a report sent to another unit', async () => {
    const attachment = await storedAttachment()
    const report = await reportWith(attachment.id, BA_DINH)
    await payload.update({
      collection: 'reports',
      id: report.id,
      data: { unit: (await unitIdByName(payload, CAO_BANG)) as number },
    })
    expect(await doorsOpenTo(actors.otherUnitOfficer!, attachment)).toEqual(ALL_OPEN)
    expect(await doorsOpenTo(actors.handlingOfficer!, attachment)).toEqual(ALL_SHUT)
  })
})
