import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { UNREADABLE_PERSONAL_DATA } from '../src/collections/Dossiers/hooks/protectApplicant.ts'
import { derivePersonalDataKeys, encryptPersonalData } from '../src/security/personalData.ts'
import { createTestCms, type TestCms } from '../src/testing/index.ts'

let cms: TestCms
let baDinh: number
let hoanKiem: number

const DAY = 24 * 60 * 60 * 1000
const daysFromNow = (days: number) => new Date(Date.now() + days * DAY).toISOString()
const officerOf = (unit: number) => ({ id: 1, role: 'officer', unit, collection: 'users' }) as any

async function dossier(code: string, unit: number, status: 'IN_REVIEW' | 'RESULT_READY', dueDays: number) {
  await cms.payload.create({
    collection: 'dossiers',
    data: {
      code,
      version: 1,
      procedureCode: '1.004222',
      unit,
      applicant: { name: 'Trịnh Văn Lâm', phone: '0915 222 333' },
      status,
      submittedAt: daysFromNow(dueDays - 5),
      dueAt: daysFromNow(dueDays),
      completedAt: status === 'RESULT_READY' ? daysFromNow(dueDays - 10) : null,
    },
  })
}

beforeAll(async () => {
  cms = await createTestCms()
  const unitNamed = async (name: string) =>
    (await cms.payload.find({ collection: 'units', where: { name: { equals: name } }, depth: 0 })).docs[0]!.id
  baDinh = await unitNamed('Công an phường Ba Đình')
  hoanKiem = await unitNamed('Công an phường Hoàn Kiếm')
  await dossier('ADM-DUE-LATER', baDinh, 'IN_REVIEW', 5)
  await dossier('ADM-SETTLED', baDinh, 'RESULT_READY', -20)
  await dossier('ADM-OVERDUE', baDinh, 'IN_REVIEW', -3)
  await dossier('ADM-OTHER-UNIT', hoanKiem, 'IN_REVIEW', -30)
}, 120_000)

afterAll(async () => {
  await cms?.destroy()
})

describe('dossiers in the admin', () => {
  it('lists an officer’s own unit only: open ones first, the overdue on top, settled last', async () => {
    const { docs } = await cms.payload.find({
      collection: 'dossiers',
      where: { code: { like: 'ADM-' } },
      overrideAccess: false,
      user: officerOf(baDinh),
      depth: 0,
    })
    expect(docs.map((d) => [d.code, d.overdue])).toEqual([
      ['ADM-OVERDUE', true],
      ['ADM-DUE-LATER', false],
      ['ADM-SETTLED', false],
    ])
  })

  it('derives the locality from the unit and shows the applicant decrypted to that unit’s officers', async () => {
    const { docs } = await cms.payload.find({
      collection: 'dossiers',
      where: { code: { equals: 'ADM-OVERDUE' } },
      overrideAccess: false,
      user: officerOf(baDinh),
    })
    expect(docs[0]).toMatchObject({
      localityCode: '00004',
      provinceCode: '01',
      applicant: { name: 'Trịnh Văn Lâm', phone: '0915 222 333' },
    })
  })

  it('lists a dossier written under another key with a warning instead of failing the whole list', async () => {
    const { docs } = await cms.payload.find({ collection: 'dossiers', where: { code: { equals: 'ADM-DUE-LATER' } } })
    const otherKeys = derivePersonalDataKeys('a-key-this-database-was-never-written-with-0123')
    await cms.payload.db.updateOne({
      collection: 'dossiers',
      id: docs[0]!.id,
      data: { applicant: { name: encryptPersonalData(otherKeys, 'Trịnh Văn Lâm') } },
    })
    const listed = await cms.payload.find({
      collection: 'dossiers',
      where: { code: { like: 'ADM-' } },
      overrideAccess: false,
      user: officerOf(baDinh),
    })
    expect(listed.docs).toHaveLength(3)
    expect(listed.docs.find((d) => d.code === 'ADM-DUE-LATER')!.applicant!.name).toBe(UNREADABLE_PERSONAL_DATA)
  })

  it('lets officers read but not change a dossier (the partner system owns it)', async () => {
    const { docs } = await cms.payload.find({ collection: 'dossiers', where: { code: { equals: 'ADM-OVERDUE' } } })
    await expect(
      cms.payload.update({
        collection: 'dossiers',
        id: docs[0]!.id,
        data: { status: 'RETURNED' },
        overrideAccess: false,
        user: officerOf(baDinh),
      }),
    ).rejects.toThrow()
  })
})
