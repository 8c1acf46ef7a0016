import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { generatePartnerApiKey } from '@caunoi/cms'
import { startStack, type Stack } from '../support/stack.ts'

let stack: Stack
let apiKey: string
let baDinh: number

beforeAll(async () => {
  stack = await startStack()
  const { docs } = await stack.payload.find({
    collection: 'units',
    where: { name: { equals: 'Công an phường Ba Đình' } },
    depth: 0,
  })
  baDinh = docs[0]!.id
  apiKey = generatePartnerApiKey()
  await stack.payload.create({
    collection: 'partnerSystems',
    data: { name: 'Một cửa Công an phường Ba Đình', units: [baDinh], apiKey },
  })
}, 120_000)

afterAll(async () => {
  await stack?.stop()
})

const LOOKUP = `query($code: ID!, $verifier: String!) {
  dossier(code: $code, verifier: $verifier) {
    code status dueAt overdue
    timeline { status note }
    resultPickup { delivery availableFrom }
    unit { name hotlines { number } satisfaction { ratings average } }
    procedure { title processingStats { dossiers onTimeRate medianProcessingDays } }
  }
}`

describe('a citizen following a dossier through the gateway', () => {
  it('looks up a seeded dossier with the applicant’s phone, joined with its unit and procedure', async () => {
    const { data, errors } = await stack.graphql(LOOKUP, { code: 'HS-11953-250005', verifier: '0358 000 555' })
    expect(errors).toBeUndefined()
    expect(data?.dossier).toMatchObject({
      code: 'HS-11953-250005',
      status: 'RETURNED',
      overdue: false,
      resultPickup: { delivery: 'POST' },
      unit: { name: 'Công an tỉnh Hưng Yên', satisfaction: { ratings: 1, average: 5 } },
      procedure: {
        title: 'Cấp hộ chiếu phổ thông ở trong nước',
        processingStats: { dossiers: 1, onTimeRate: 1, medianProcessingDays: 7 },
      },
    })
    expect(data?.dossier.unit.hotlines.map((h: { number: string }) => h.number)).toContain('113')
    expect(data?.dossier.timeline.map((s: { status: string }) => s.status)).toEqual([
      'RECEIVED',
      'IN_REVIEW',
      'APPROVED',
      'RESULT_READY',
      'RETURNED',
    ])
  })

  it('shows nothing to a wrong verifier, then RATE_LIMITED once a client has had too many on a code', async () => {
    // 5 wrong verifiers per client and code are free; the sixth starts a wait.
    for (let attempt = 0; attempt < 6; attempt++) {
      const { data, errors } = await stack.graphql(LOOKUP, { code: 'HS-00070-250003', verifier: `09${attempt}0000000` })
      expect(errors).toBeUndefined()
      expect(data?.dossier).toBeNull()
    }
    const { data, errors } = await stack.graphql(LOOKUP, { code: 'HS-00070-250003', verifier: '0904000333' })
    expect(data?.dossier ?? null).toBeNull()
    expect(errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    expect(JSON.stringify(errors)).not.toMatch(/stacktrace|127\.0\.0\.1/)
  })
})

describe('satisfaction and processing figures joined through federation', () => {
  it('answers locality { satisfaction } and procedure { processingStats } next to the content subgraph’s fields', async () => {
    const { data, errors } = await stack.graphql(`{
      hanoi: locality(code: "01") { name satisfaction { ratings average satisfiedRate } }
      thaiBinh: locality(code: "34") { code name satisfaction { ratings average } }
      procedure(code: "2.002272") { title processingStats { dossiers settled onTimeRate } satisfaction { ratings average } }
    }`)
    expect(errors).toBeUndefined()
    // Demo ratings in Hà Nội: 4 (Ba Đình) and 5 (Hoàn Kiếm).
    expect(data?.hanoi).toEqual({
      name: 'Thành phố Hà Nội',
      satisfaction: { ratings: 2, average: 4.5, satisfiedRate: 1 },
    })
    expect(data?.thaiBinh).toEqual({ code: '33', name: 'Hưng Yên', satisfaction: { ratings: 1, average: 5 } })
    expect(data?.procedure).toEqual({
      title: 'Cấp hộ chiếu phổ thông ở trong nước',
      processingStats: { dossiers: 1, settled: 1, onTimeRate: 1 },
      satisfaction: { ratings: 1, average: 5 },
    })
  })
})

describe('a partner system pushing a dossier, and its applicant rating it', () => {
  const applicant = { name: 'Ngô Thị Thu', phone: '0936 112 233', idNumber: '001196011223' }
  const row = {
    code: 'HS-00004-E2E-0001',
    version: 2,
    procedureCode: '1.011690',
    unitId: '',
    applicant,
    status: 'SUPPLEMENT_REQUESTED',
    submittedAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
    dueAt: new Date(Date.now() + 5 * 86_400_000).toISOString(),
    timeline: [
      { status: 'RECEIVED', at: new Date(Date.now() - 2 * 86_400_000).toISOString() },
      { status: 'SUPPLEMENT_REQUESTED', at: new Date().toISOString(), note: 'Bổ sung ảnh chân dung nền trắng.' },
    ],
  }

  it('imports through the authenticated endpoint, serves it to the applicant and records a rating', async () => {
    const response = await fetch(`${stack.subgraphBase('dossiers')}/import/dossiers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
      body: JSON.stringify({ dossiers: [{ ...row, unitId: String(baDinh) }] }),
    })
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ created: 1, rejected: [] })

    const answers: unknown[] = []
    const lookup = await stack.graphql(LOOKUP, { code: row.code, verifier: applicant.idNumber })
    answers.push(lookup)
    expect(lookup.data?.dossier).toMatchObject({
      status: 'SUPPLEMENT_REQUESTED',
      timeline: [{ status: 'RECEIVED' }, { status: 'SUPPLEMENT_REQUESTED', note: 'Bổ sung ảnh chân dung nền trắng.' }],
      unit: { name: 'Công an phường Ba Đình' },
      procedure: { title: 'Cấp thẻ căn cước cho công dân từ đủ 14 tuổi trở lên' },
    })

    const rated = await stack.graphql(
      `mutation($input: RateServiceInput!) { rateService(input: $input) { updated rating { score criteria { guidance } } } }`,
      { input: { dossierCode: row.code, verifier: applicant.phone, score: 3, criteria: { guidance: 2 } } },
    )
    answers.push(rated)
    expect(rated.data?.rateService).toEqual({ updated: false, rating: { score: 3, criteria: { guidance: 2 } } })

    const stats = await stack.graphql(`{ locality(code: "00004") { satisfaction { ratings average } } }`)
    answers.push(stats)
    expect(stats.data?.locality.satisfaction).toEqual({ ratings: 2, average: 3.5 })

    // No public answer carries the applicant's identity.
    const text = JSON.stringify(answers)
    for (const secret of [applicant.name, applicant.phone, '0936112233', applicant.idNumber]) {
      expect(text).not.toContain(secret)
    }
  })
})
