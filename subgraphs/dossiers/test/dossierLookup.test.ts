import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { APPLICANT, ALL_UNITS, dossierRow, iso, storedDossier, unitId } from './factories.ts'
import { dossiersExecutor, fakeClock, type DossiersExecutor } from './executeDossiers.ts'

let cms: TestCms
let dossiers: DossiersExecutor
let baDinh: string
const clock = fakeClock('2026-11-04T10:00:00+07:00')
const open = dossierRow('', { code: 'HS-LOOKUP-0001' })
const supplement = dossierRow('', {
  code: 'HS-LOOKUP-0002',
  version: 4,
  status: 'RESULT_READY',
  completedAt: iso('2026-11-06'),
  timeline: [
    { status: 'RECEIVED', at: iso('2026-11-02') },
    { status: 'SUPPLEMENT_REQUESTED', at: iso('2026-11-03'), note: 'Bổ sung hợp đồng thuê nhà có công chứng.' },
    { status: 'IN_REVIEW', at: iso('2026-11-04') },
    { status: 'RESULT_READY', at: iso('2026-11-06') },
  ],
  result: { delivery: 'COUNTER', availableFrom: iso('2026-11-06') },
})

const LOOKUP = /* GraphQL */ `
  query Lookup($code: ID!, $verifier: String!) {
    dossier(code: $code, verifier: $verifier) {
      code
      procedureCode
      procedure {
        code
      }
      status
      submittedAt
      dueAt
      completedAt
      overdue
      timeline {
        status
        at
        note
      }
      resultPickup {
        delivery
        place
        availableFrom
      }
      unit {
        id
      }
      rating {
        score
      }
    }
  }
`

async function lookup(code: string, verifier: string, client?: string) {
  const { data, errors } = await dossiers.run<{ dossier: Record<string, any> | null }>(
    LOOKUP,
    { code, verifier },
    client,
  )
  expect(errors).toBeUndefined()
  return data!.dossier
}

beforeAll(async () => {
  cms = await createTestCms()
  baDinh = await unitId(cms.payload, 'Công an phường Ba Đình')
  dossiers = await dossiersExecutor(cms.payload, {
    now: clock.now,
    limits: {
      wrongVerifiersPerCode: { points: 4, durationSeconds: 600 },
      wrongVerifiersPerClient: { points: 5, durationSeconds: 600 },
      visitRatingsPerClient: { points: 5, durationSeconds: 600 },
    },
  })
  const summary = await dossiers.importer.importBatch(
    [
      { ...open, unitId: baDinh },
      { ...supplement, unitId: baDinh },
    ],
    ALL_UNITS,
  )
  expect(summary).toMatchObject({ created: 2, rejected: [] })
}, 120_000)

afterAll(async () => {
  await dossiers?.stop()
  await cms?.destroy()
})

describe('looking up a dossier', () => {
  it('shows status, timeline, due date and the unit to the applicant, with their phone number', async () => {
    // Counter pickup happens at the handling unit's address.
    const { address } = await cms.payload.findByID({ collection: 'units', id: baDinh, depth: 0 })
    expect(await lookup('HS-LOOKUP-0001', APPLICANT.phone)).toEqual({
      code: 'HS-LOOKUP-0001',
      procedureCode: '1.004222',
      procedure: { code: '1.004222' },
      status: 'IN_REVIEW',
      submittedAt: new Date(iso('2026-11-02')),
      dueAt: new Date(iso('2026-11-05')),
      completedAt: null,
      overdue: false,
      timeline: [
        { status: 'RECEIVED', at: new Date(iso('2026-11-02')), note: null },
        { status: 'IN_REVIEW', at: new Date(iso('2026-11-03')), note: null },
      ],
      resultPickup: { delivery: 'COUNTER', place: address ?? null, availableFrom: null },
      unit: { id: baDinh },
      rating: null,
    })
  })

  it('accepts the phone number or ID number however it is typed, and the code in any case', async () => {
    for (const verifier of [
      '0912678345',
      '+84 912 678 345',
      '84912678345',
      '0912.678.345',
      '001192012345',
      '001 192 012 345',
    ]) {
      expect(await lookup('hs-lookup-0001', verifier)).toMatchObject({ code: 'HS-LOOKUP-0001' })
    }
  })

  it('says what is missing, when the result is ready and where to collect it (the unit’s address)', async () => {
    const dossier = await lookup('HS-LOOKUP-0002', APPLICANT.idNumber)
    expect(dossier!.timeline[1]).toEqual({
      status: 'SUPPLEMENT_REQUESTED',
      at: new Date(iso('2026-11-03')),
      note: 'Bổ sung hợp đồng thuê nhà có công chứng.',
    })
    expect(dossier!.status).toBe('RESULT_READY')
    // Settled a day after its due date: overdue for good, whatever the clock says.
    expect(dossier!.overdue).toBe(true)
    const units = await cms.payload.find({ collection: 'units', where: { id: { equals: Number(baDinh) } }, depth: 0 })
    expect(dossier!.resultPickup).toEqual({
      delivery: 'COUNTER',
      place: units.docs[0]!.address ?? null,
      availableFrom: new Date(iso('2026-11-06')),
    })
  })

  it('flags an open dossier as overdue once its due date has passed', async () => {
    clock.advanceDays(2)
    expect((await lookup('HS-LOOKUP-0001', APPLICANT.phone))!.overdue).toBe(true)
  })

  it('returns null for a wrong verifier, another person’s details or an unknown code', async () => {
    expect(await lookup('HS-LOOKUP-0001', '0987654321', '198.51.100.1')).toBeNull()
    expect(await lookup('HS-LOOKUP-0001', '001192099999', '198.51.100.1')).toBeNull()
    expect(await lookup('HS-LOOKUP-0001', '', '198.51.100.2')).toBeNull()
    expect(await lookup('HS-UNKNOWN-0001', APPLICANT.phone, '198.51.100.2')).toBeNull()
    expect(await lookup('not a code!', APPLICANT.phone, '198.51.100.2')).toBeNull()
  })
})

describe('rate limiting wrong verifiers', () => {
  it('locks a code after too many wrong verifiers, whoever sends them, even for the right one', async () => {
    const code = 'HS-LOOKUP-0002'
    for (const client of ['192.0.2.1', '192.0.2.2', '192.0.2.3', '192.0.2.5'])
      expect(await lookup(code, '0900000000', client)).toBeNull()
    const { data, errors } = await dossiers.run(LOOKUP, { code, verifier: APPLICANT.phone }, '192.0.2.4')
    expect(data?.dossier ?? null).toBeNull()
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })
    expect(errors?.[0]?.message).toMatch(/thử lại sau/)
  })

  it('locks a client that tries many codes, while other clients still get their dossier', async () => {
    const guesser = '192.0.2.99'
    for (let i = 0; i < 5; i++) expect(await lookup(`HS-GUESS-${i}`, '0900000000', guesser)).toBeNull()
    const blocked = await dossiers.run(LOOKUP, { code: 'HS-LOOKUP-0001', verifier: APPLICANT.phone }, guesser)
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    expect(await lookup('HS-LOOKUP-0001', APPLICANT.phone, '192.0.2.100')).toMatchObject({ code: 'HS-LOOKUP-0001' })
  })
})

describe('keeping the applicant’s identity private', () => {
  it('stores the applicant encrypted, with only keyed hashes of the phone and ID number', async () => {
    const raw = await cms.payload.db.findOne<{ id: number } & Record<string, any>>({
      collection: 'dossiers',
      where: { code: { equals: 'HS-LOOKUP-0001' } },
    })
    const stored = JSON.stringify(raw)
    for (const secret of [APPLICANT.name, '0912678345', APPLICANT.phone, APPLICANT.idNumber]) {
      expect(stored).not.toContain(secret)
    }
    expect(raw!.applicant.phone).toMatch(/^pd1:/)
    expect(raw!.applicantPhoneHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('has no applicant or bookkeeping field on the Dossier type', async () => {
    const { data } = await dossiers.run<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Dossier") { fields { name } } }`,
    )
    expect(data!.__type.fields.map((f) => f.name).sort()).toEqual([
      'code',
      'completedAt',
      'dueAt',
      'overdue',
      'procedure',
      'procedureCode',
      'rating',
      'resultPickup',
      'status',
      'submittedAt',
      'timeline',
      'unit',
    ])
  })

  it('never lets the applicant’s identity or its hashes into any answer', async () => {
    const stored = await storedDossier(cms.payload, 'HS-LOOKUP-0001')
    const answers = JSON.stringify([
      await dossiers.run(LOOKUP, { code: 'HS-LOOKUP-0001', verifier: APPLICANT.phone }, '203.0.113.50'),
      await dossiers.run(LOOKUP, { code: 'HS-LOOKUP-0001', verifier: APPLICANT.idNumber }, '203.0.113.50'),
      await dossiers.run(
        `mutation($input: RateServiceInput!) { rateService(input: $input) { updated rating { score comment criteria { attitude } editableUntil reply } } }`,
        { input: { dossierCode: 'HS-LOOKUP-0001', verifier: APPLICANT.phone, score: 4 } },
        '203.0.113.50',
      ),
      await dossiers.run(LOOKUP.replace('rating {', 'rating { comment ratedAt'), {
        code: 'HS-LOOKUP-0001',
        verifier: APPLICANT.phone,
      }),
      await dossiers.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Dossier { code status timeline { status note } unit { id } rating { score } } } }`,
        { r: [{ __typename: 'Dossier', code: 'HS-LOOKUP-0001' }] },
      ),
    ])
    expect(answers).toContain('HS-LOOKUP-0001')
    for (const secret of [
      APPLICANT.name,
      APPLICANT.phone,
      '0912678345',
      APPLICANT.idNumber,
      stored.applicantPhoneHash!,
      stored.applicantIdHash!,
      'pd1:',
    ]) {
      expect(answers).not.toContain(secret)
    }
  })

  it('shows the applicant only to officers of the dossier’s unit, in clear', async () => {
    const hoanKiem = await unitId(cms.payload, 'Công an phường Hoàn Kiếm')
    const officer = (unit: string) => ({ id: 1, role: 'officer', unit: Number(unit), collection: 'users' }) as any
    const mine = await cms.payload.find({
      collection: 'dossiers',
      where: { code: { equals: 'HS-LOOKUP-0001' } },
      overrideAccess: false,
      user: officer(baDinh),
    })
    expect(mine.docs[0]?.applicant).toEqual({ name: APPLICANT.name, phone: '0912678345', idNumber: APPLICANT.idNumber })
    expect(mine.docs[0]).not.toHaveProperty('applicantPhoneHash')
    const theirs = await cms.payload.find({
      collection: 'dossiers',
      where: { code: { equals: 'HS-LOOKUP-0001' } },
      overrideAccess: false,
      user: officer(hoanKiem),
    })
    expect(theirs.docs).toEqual([])
  })
})
