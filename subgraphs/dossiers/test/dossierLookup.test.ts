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

// One dossier per rate-limit test, so their counts never mix.
const GUARDED_CODES = ['HS-GUARD-0001', 'HS-GUARD-0002', 'HS-GUARD-0003']

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
      perClientAndCode: { freeAttempts: 3, firstDelaySeconds: 10, maxDelaySeconds: 80, windowSeconds: 3600 },
      perClient: { freeAttempts: 8, firstDelaySeconds: 60, maxDelaySeconds: 3600, windowSeconds: 3600 },
      perCode: { freeAttempts: 6, firstDelaySeconds: 5, maxDelaySeconds: 60, windowSeconds: 3600 },
      visitRatingsPerClient: { points: 5, durationSeconds: 600 },
    },
  })
  const summary = await dossiers.importer.importBatch(
    [
      { ...open, unitId: baDinh },
      { ...supplement, unitId: baDinh },
      ...GUARDED_CODES.map((code) => ({ ...dossierRow('', { code }), unitId: baDinh })),
    ],
    ALL_UNITS,
  )
  expect(summary).toMatchObject({ created: 2 + GUARDED_CODES.length, rejected: [] })
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
  const ask = (code: string, verifier: string, client: string) =>
    dossiers.run<{ dossier: { code: string } | null }>(LOOKUP, { code, verifier }, client)

  /** What a guesser sees for each of `count` wrong verifiers: null, or the RATE_LIMITED error. */
  async function guesses(code: string | ((i: number) => string), client: string, count: number) {
    const seen = []
    for (let i = 0; i < count; i++) {
      const { data, errors } = await ask(typeof code === 'string' ? code : code(i), `09000000${10 + i}`, client)
      seen.push(errors ? errors.map(({ message, extensions }) => ({ message, extensions })) : data!.dossier)
    }
    return seen
  }

  it('slows a stranger guessing one code with growing waits, while the applicant elsewhere gets in', async () => {
    const [code] = GUARDED_CODES
    const seen = await guesses(code!, '192.0.2.1', 6)
    // Three free, the fourth starts a 10 s wait; asking again before it ends doubles it each time.
    expect(seen.slice(0, 4)).toEqual([null, null, null, null])
    expect(seen.slice(4).map((answer) => (answer as any)[0].extensions)).toEqual([
      { code: 'RATE_LIMITED', retryAfterSeconds: 20 },
      { code: 'RATE_LIMITED', retryAfterSeconds: 40 },
    ])
    expect(await lookup(code!, APPLICANT.phone, '192.0.2.4')).toMatchObject({ code })
  })

  it('slows everyone on a code, the right verifier too, once many clients have guessed it', async () => {
    const [, code] = GUARDED_CODES
    for (const i of [1, 2, 3, 4, 5, 6, 7]) expect(await lookup(code!, `090000001${i}`, `203.0.113.${i}`)).toBeNull()
    const { data, errors } = await ask(code!, APPLICANT.phone, '203.0.113.50')
    expect(data?.dossier ?? null).toBeNull()
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })
    expect(errors?.[0]?.message).toMatch(/thử lại sau/)
  })

  it('slows a client that tries many codes, while other clients still get their dossier', async () => {
    const guesser = '192.0.2.99'
    for (let i = 0; i < 9; i++) expect(await lookup(`HS-GUESS-${i}`, '0900000000', guesser)).toBeNull()
    const blocked = await ask('HS-LOOKUP-0001', APPLICANT.phone, guesser)
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    expect(await lookup('HS-LOOKUP-0001', APPLICANT.phone, '192.0.2.100')).toMatchObject({ code: 'HS-LOOKUP-0001' })
  })

  it('answers and counts an unknown code exactly as a wrong verifier, however the code is typed', async () => {
    const [, , known] = GUARDED_CODES
    const typed = (code: string) => (i: number) => (i % 2 === 0 ? code.toLowerCase() : ` ${code} `)
    const onKnown = await guesses(typed(known!), '198.51.100.70', 6)
    const onUnknown = await guesses(typed('HS-NOSUCH-0003'), '198.51.100.71', 6)
    expect(onUnknown).toEqual(onKnown)
    expect(onKnown[4]).toEqual([
      { message: 'Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.', extensions: expect.anything() },
    ])
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
