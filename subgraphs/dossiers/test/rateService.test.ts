import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { ALL_UNITS, APPLICANT, dossierRow, unitId } from './factories.ts'
import { dossiersExecutor, fakeClock, type DossiersExecutor } from './executeDossiers.ts'

let cms: TestCms
let dossiers: DossiersExecutor
let baDinh: string
const clock = fakeClock('2026-11-10T09:00:00+07:00')
const rated = dossierRow('', { code: 'HS-RATE-0001' })

const RATE = /* GraphQL */ `
  mutation Rate($input: RateServiceInput!) {
    rateService(input: $input) {
      updated
      rating {
        score
        criteria {
          attitude
          timeliness
          guidance
          transparency
        }
        comment
        ratedAt
        editableUntil
      }
    }
  }
`

const rate = (input: Record<string, unknown>, client?: string) => dossiers.run(RATE, { input }, client)
const ratings = async () => (await cms.payload.count({ collection: 'ratings' })).totalDocs

beforeAll(async () => {
  cms = await createTestCms()
  baDinh = await unitId(cms.payload, 'Công an phường Ba Đình')
  dossiers = await dossiersExecutor(cms.payload, { now: clock.now })
  await dossiers.importer.importBatch([{ ...rated, unitId: baDinh }], ALL_UNITS)
}, 120_000)

afterAll(async () => {
  await dossiers?.stop()
  await cms?.destroy()
})

describe('rating a dossier', () => {
  it('stores one rating with the four criteria, editable for 7 days', async () => {
    const { data, errors } = await rate({
      dossierCode: 'HS-RATE-0001',
      verifier: APPLICANT.idNumber,
      score: 2,
      criteria: { attitude: 3, timeliness: 1, guidance: 2, transparency: 3 },
      comment: '  Chờ quá lâu, không được báo trước phải bổ sung giấy tờ.  ',
    })
    expect(errors).toBeUndefined()
    expect(data!.rateService).toEqual({
      updated: false,
      rating: {
        score: 2,
        criteria: { attitude: 3, timeliness: 1, guidance: 2, transparency: 3 },
        comment: 'Chờ quá lâu, không được báo trước phải bổ sung giấy tờ.',
        ratedAt: clock.now(),
        editableUntil: new Date(clock.now().getTime() + 7 * 24 * 60 * 60 * 1000),
      },
    })
    const { docs } = await cms.payload.find({
      collection: 'ratings',
      where: { dossierCode: { equals: 'HS-RATE-0001' } },
      depth: 0,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      kind: 'DOSSIER',
      unit: Number(baDinh),
      procedureCode: '1.004222',
      localityCode: '00004',
    })
  })

  it('changes the same rating, not a second one, within 7 days', async () => {
    const before = await ratings()
    clock.advanceDays(6)
    const { data, errors } = await rate({ dossierCode: 'HS-RATE-0001', verifier: APPLICANT.phone, score: 4 })
    expect(errors).toBeUndefined()
    expect(data!.rateService).toMatchObject({ updated: true, rating: { score: 4 } })
    expect(await ratings()).toBe(before)
  })

  it('refuses changes after 7 days and keeps the rating as it was', async () => {
    clock.advanceDays(1.5)
    const { errors } = await rate({ dossierCode: 'HS-RATE-0001', verifier: APPLICANT.phone, score: 5 })
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(errors?.[0]?.message).toMatch(/quá 7 ngày/)
    const { docs } = await cms.payload.find({
      collection: 'ratings',
      where: { dossierCode: { equals: 'HS-RATE-0001' } },
    })
    expect(docs[0]!.score).toBe(4)
  })

  it('answers NOT_FOUND for a wrong verifier or an unknown dossier alike, and stores nothing', async () => {
    const before = await ratings()
    const [wrong, unknown] = await Promise.all([
      rate({ dossierCode: 'HS-RATE-0001', verifier: '0987654321', score: 1 }, '198.51.100.31'),
      rate({ dossierCode: 'HS-RATE-9999', verifier: APPLICANT.phone, score: 1 }, '198.51.100.32'),
    ])
    expect(wrong.errors?.[0]?.extensions?.code).toBe('NOT_FOUND')
    expect(unknown).toEqual(wrong)
    expect(await ratings()).toBe(before)
  })

  it('rejects scores outside 1–5 and overlong comments with BAD_USER_INPUT, storing nothing', async () => {
    const before = await ratings()
    const { errors } = await rate({
      dossierCode: 'HS-RATE-0001',
      verifier: APPLICANT.phone,
      score: 6,
      criteria: { attitude: 0 },
      comment: 'x'.repeat(1001),
    })
    expect(errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [
        { field: 'score', message: 'Mức độ hài lòng chung: điểm từ 1 đến 5.' },
        { field: 'criteria.attitude', message: 'Thái độ phục vụ: điểm từ 1 đến 5.' },
        { field: 'comment', message: 'Ý kiến tối đa 1000 ký tự.' },
      ],
    })
    const both = await rate({ dossierCode: 'HS-RATE-0001', verifier: APPLICANT.phone, unitId: baDinh, score: 3 })
    expect(both.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    const neither = await rate({ score: 3 })
    expect(neither.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(await ratings()).toBe(before)
  })
})

describe('rating a visit anonymously', () => {
  it('stores a rating of a unit and procedure with no identity', async () => {
    const { data, errors } = await rate({ unitId: baDinh, procedureCode: '1.004194', score: 5 }, '198.51.100.7')
    expect(errors).toBeUndefined()
    expect(data!.rateService).toMatchObject({ updated: false, rating: { score: 5, editableUntil: null } })
    const { docs } = await cms.payload.find({ collection: 'ratings', where: { kind: { equals: 'VISIT' } }, depth: 0 })
    expect(docs.some((d) => d.procedureCode === '1.004194' && d.unit === Number(baDinh) && !d.dossierCode)).toBe(true)
  })

  it('rejects an unknown unit or procedure', async () => {
    const { errors } = await rate({ unitId: '999999', procedureCode: '9.999999', score: 5 }, '198.51.100.8')
    expect(errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'unitId' }, { field: 'procedureCode' }],
    })
  })

  it('limits how many visits one client may rate', async () => {
    const client = '198.51.100.9'
    for (let i = 0; i < 5; i++) {
      expect((await rate({ unitId: baDinh, procedureCode: '1.004222', score: 4 }, client)).errors).toBeUndefined()
    }
    const before = await ratings()
    const { errors } = await rate({ unitId: baDinh, procedureCode: '1.004222', score: 1 }, client)
    expect(errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    expect(await ratings()).toBe(before)
    expect(
      (await rate({ unitId: baDinh, procedureCode: '1.004222', score: 4 }, '198.51.100.10')).errors,
    ).toBeUndefined()
  })
})

describe('answering a rating in the admin', () => {
  it('lets an officer of the unit answer, dated, but not change the citizen’s score', async () => {
    const officer = { id: 1, role: 'officer', unit: Number(baDinh), collection: 'users' } as any
    const { docs } = await cms.payload.find({
      collection: 'ratings',
      where: { dossierCode: { equals: 'HS-RATE-0001' } },
      overrideAccess: false,
      user: officer,
    })
    const answered = await cms.payload.update({
      collection: 'ratings',
      id: docs[0]!.id,
      data: { reply: 'Đơn vị xin lỗi và đã nhắc nhở cán bộ tiếp nhận.', score: 5 },
      overrideAccess: false,
      user: officer,
    })
    expect(answered).toMatchObject({ reply: 'Đơn vị xin lỗi và đã nhắc nhở cán bộ tiếp nhận.', score: 4 })
    expect(answered.repliedAt).toEqual(expect.any(String))
    const stranger = { id: 2, role: 'officer', unit: 999999, collection: 'users' } as any
    const hidden = await cms.payload.find({ collection: 'ratings', overrideAccess: false, user: stranger })
    expect(hidden.docs).toEqual([])
  })
})
