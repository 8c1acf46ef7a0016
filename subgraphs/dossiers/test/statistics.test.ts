import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { ALL_UNITS, dossierRow, iso, unitId } from './factories.ts'
import { dossiersExecutor, type DossiersExecutor } from './executeDossiers.ts'

// Hand-computed fixtures in 2025, apart from the demo data (which is dated around the seed's run).
// Procedure 1.009892 (PCCC) has no demo ratings or dossiers, so its all-time figures are ours alone.
let cms: TestCms
let dossiers: DossiersExecutor
let units: Record<'baDinh' | 'hoanKiem' | 'thucPhan', string>

const H1_2025 = { from: '2025-01-01T00:00:00Z', to: '2025-07-01T00:00:00Z' }
const YEAR_2025 = { from: '2025-01-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }

const STATS = /* GraphQL */ `
  query Stats($r: [_Any!]!, $period: PeriodInput) {
    _entities(representations: $r) {
      ... on Unit {
        id
        satisfaction(period: $period) {
          ratings
          average
          satisfiedRate
        }
      }
      ... on Procedure {
        code
        satisfaction(period: $period) {
          ratings
          average
          satisfiedRate
        }
        processingStats(period: $period) {
          dossiers
          settled
          medianProcessingDays
          onTimeRate
        }
      }
      ... on Locality {
        code
        satisfaction(period: $period) {
          ratings
          average
          satisfiedRate
        }
      }
    }
  }
`

type Ref = { __typename: 'Unit'; id: string } | { __typename: 'Procedure' | 'Locality'; code: string }

async function stats(representations: Ref[], period?: { from?: string; to?: string }) {
  const { data, errors } = await dossiers.run<{ _entities: Record<string, any>[] }>(STATS, {
    r: representations,
    period,
  })
  expect(errors).toBeUndefined()
  return data!._entities
}

const unit = (id: string): Ref => ({ __typename: 'Unit', id })
const procedure = (code: string): Ref => ({ __typename: 'Procedure', code })
const locality = (code: string): Ref => ({ __typename: 'Locality', code })

async function rating(unitKey: keyof typeof units, procedureCode: string, score: number, day: string) {
  await cms.payload.create({
    collection: 'ratings',
    data: { kind: 'VISIT', unit: Number(units[unitKey]), procedureCode, score, ratedAt: iso(day) },
  })
}

beforeAll(async () => {
  cms = await createTestCms()
  dossiers = await dossiersExecutor(cms.payload)
  units = {
    baDinh: await unitId(cms.payload, 'Công an phường Ba Đình'),
    hoanKiem: await unitId(cms.payload, 'Công an phường Hoàn Kiếm'),
    thucPhan: await unitId(cms.payload, 'Công an phường Thục Phán'),
  }
  await rating('baDinh', '1.009892', 5, '2025-03-10')
  await rating('baDinh', '1.009892', 4, '2025-03-20')
  await rating('baDinh', '1.011690', 2, '2025-04-05')
  await rating('hoanKiem', '1.009892', 3, '2025-03-15')
  await rating('thucPhan', '1.009892', 1, '2025-05-01')
  await rating('hoanKiem', '1.011690', 5, '2025-08-01')

  const settled = (submitted: string, due: string, completed: string) =>
    dossierRow(units.baDinh, {
      procedureCode: '1.009892',
      status: 'RESULT_READY',
      submittedAt: iso(submitted),
      dueAt: iso(due),
      completedAt: iso(completed),
      timeline: [],
    })
  const summary = await dossiers.importer.importBatch(
    [
      settled('2025-03-01', '2025-03-16', '2025-03-11'), // 10 days, on time
      settled('2025-03-01', '2025-03-16', '2025-03-21'), // 20 days, late
      settled('2025-03-05', '2025-03-20', '2025-03-09'), // 4 days, on time
      dossierRow(units.hoanKiem, {
        procedureCode: '1.009892',
        submittedAt: iso('2025-03-10'),
        dueAt: iso('2025-03-25'),
      }), // still open
      settled('2025-09-01', '2025-09-16', '2025-09-08'), // 7 days, on time, second half
    ],
    ALL_UNITS,
  )
  expect(summary).toMatchObject({ created: 5, rejected: [] })
}, 120_000)

afterAll(async () => {
  await dossiers?.stop()
  await cms?.destroy()
})

describe('satisfaction', () => {
  it('of units: count, average and share satisfied (4 or 5) in the period', async () => {
    expect(await stats([unit(units.baDinh), unit(units.hoanKiem)], H1_2025)).toEqual([
      { id: units.baDinh, satisfaction: { ratings: 3, average: 3.67, satisfiedRate: 0.6667 } },
      { id: units.hoanKiem, satisfaction: { ratings: 1, average: 3, satisfiedRate: 0 } },
    ])
    expect((await stats([unit(units.hoanKiem)], YEAR_2025))[0]!.satisfaction).toEqual({
      ratings: 2,
      average: 4,
      satisfiedRate: 0.5,
    })
  })

  it('of a procedure, across units', async () => {
    const [h1] = await stats([procedure('1.009892')], H1_2025)
    expect(h1!.satisfaction).toEqual({ ratings: 4, average: 3.25, satisfiedRate: 0.5 })
    const [allTime] = await stats([procedure('1.009892')])
    expect(allTime!.satisfaction).toEqual({ ratings: 4, average: 3.25, satisfiedRate: 0.5 })
  })

  it('of localities: a province counts its communes’ units, a commune only its own', async () => {
    expect(
      await stats([locality('01'), locality('00004'), locality('04'), locality('33'), locality('98')], H1_2025),
    ).toEqual([
      { code: '01', satisfaction: { ratings: 4, average: 3.5, satisfiedRate: 0.5 } },
      { code: '00004', satisfaction: { ratings: 3, average: 3.67, satisfiedRate: 0.6667 } },
      { code: '04', satisfaction: { ratings: 1, average: 1, satisfiedRate: 0 } },
      { code: '33', satisfaction: { ratings: 0, average: null, satisfiedRate: null } },
      { code: '98', satisfaction: { ratings: 0, average: null, satisfiedRate: null } },
    ])
  })

  it('rejects a period that ends before it starts', async () => {
    const { errors } = await dossiers.run(STATS, {
      r: [locality('01')],
      period: { from: '2025-07-01T00:00:00Z', to: '2025-01-01T00:00:00Z' },
    })
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })
})

describe('processing statistics of a procedure', () => {
  it('counts dossiers, the median days to settle and the on-time rate', async () => {
    expect((await stats([procedure('1.009892')], H1_2025))[0]!.processingStats).toEqual({
      dossiers: 4,
      settled: 3,
      medianProcessingDays: 10,
      onTimeRate: 0.6667,
    })
    expect((await stats([procedure('1.009892')]))[0]!.processingStats).toEqual({
      dossiers: 5,
      settled: 4,
      medianProcessingDays: 8.5,
      onTimeRate: 0.75,
    })
  })

  it('has no median or rate before any dossier is settled', async () => {
    expect((await stats([procedure('1.011690')]))[0]!.processingStats).toEqual({
      dossiers: 0,
      settled: 0,
      medianProcessingDays: null,
      onTimeRate: null,
    })
  })
})

describe('loading statistics', () => {
  it('costs one query per kind of figure and period, however many entities the query names', async () => {
    const find = jest.spyOn(cms.payload, 'find')
    try {
      await stats(
        [
          unit(units.baDinh),
          unit(units.hoanKiem),
          unit(units.thucPhan),
          procedure('1.009892'),
          procedure('1.011690'),
          locality('01'),
          locality('04'),
          locality('00004'),
        ],
        H1_2025,
      )
      // Unit, procedure and locality satisfaction, and processing statistics: four queries.
      expect(find).toHaveBeenCalledTimes(4)
    } finally {
      find.mockRestore()
    }
  })
})
