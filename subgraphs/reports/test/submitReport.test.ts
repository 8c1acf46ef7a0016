import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { DATE_OUT_OF_RANGE_MESSAGE } from '@caunoi/platform'
import type { SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import {
  anonymousTip,
  countReports,
  idempotencyKey,
  REPORTER,
  reportInput,
  storedReport,
  trafficViolation,
} from './factories.ts'
import { reportsExecutor, type ReportsExecutor } from './executeReports.ts'

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

const TRACKING_CODE = /^(PA|TB|GT|TT)-[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/

/** Submits an invalid report and returns the problems, checking that nothing was stored. */
async function rejected(input: SubmitReportInput, key?: string) {
  const before = await countReports(cms.payload)
  const { data, errors } = await reports.submit(input, key)
  expect(data?.submitReport ?? null).toBeNull()
  expect(errors).toHaveLength(1)
  expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  expect(await countReports(cms.payload)).toBe(before)
  return {
    message: errors![0]!.message,
    problems: errors![0]!.extensions!.problems as { field: string; message: string }[],
  }
}

describe('submitting a report', () => {
  it('refuses text carrying a NUL character, which PostgreSQL cannot store, naming the fields', async () => {
    const input = {
      ...reportInput('PUBLIC_ORDER'),
      content: 'Nội dung có ký tự \u0000 lạ ở giữa.',
      place: 'Ngõ\u00001',
    }
    const { problems } = await rejected(input)
    expect(problems).toEqual([
      { field: 'content', message: 'Chứa ký tự không hợp lệ (NUL).' },
      { field: 'place', message: 'Chứa ký tự không hợp lệ (NUL).' },
    ])
  })

  it.each(['ADMIN_FEEDBACK', 'CRIME_TIP', 'TRAFFIC_VIOLATION', 'PUBLIC_ORDER'] as const)(
    'stores a valid %s and answers with its tracking code, verifier and first timeline step',
    async (type) => {
      const before = await countReports(cms.payload)
      const input = type === 'TRAFFIC_VIOLATION' ? await trafficViolation(cms.payload) : reportInput(type)
      const { data, errors } = await reports.submit(input)
      expect(errors).toBeUndefined()
      const submitted = data!.submitReport
      expect(submitted.trackingCode).toMatch(TRACKING_CODE)
      expect(submitted.verifier).toMatch(/^[0-9A-HJKMNP-TV-Z]{10}$/)
      expect(submitted.report).toMatchObject({
        trackingCode: submitted.trackingCode,
        type,
        status: 'RECEIVED',
        localityCode: '00004',
      })
      expect(submitted.report.timeline).toEqual([expect.objectContaining({ status: 'RECEIVED', note: null })])
      expect(await countReports(cms.payload)).toBe(before + 1)
    },
  )

  it('stores the province of the commune and the reporter’s phone in national form, hashed for lookups', async () => {
    const { data } = await reports.submit(
      reportInput('ADMIN_FEEDBACK', { reporter: { name: ' Trần Thị Bình ', phone: '+84 912 345 678' } }),
    )
    const stored = await storedReport(cms.payload, data!.submitReport.trackingCode)
    expect(stored).toMatchObject({ localityCode: '00004', provinceCode: '01', anonymous: false })
    expect(stored.reporter).toMatchObject({ name: 'Trần Thị Bình', phone: '0912345678' })
    expect(stored.reporterPhoneHash).toMatch(/^[0-9a-f]{64}$/)
  })

  it('normalises the licence plate of a traffic violation', async () => {
    for (const [typed, stored] of [
      ['30a12345', '30A-123.45'],
      ['30A-123.45', '30A-123.45'],
      ['29-b1 123.45', '29B1-123.45'],
    ] as const) {
      const { data, errors } = await reports.submit(await trafficViolation(cms.payload, { vehiclePlate: typed }))
      expect(errors).toBeUndefined()
      expect((await storedReport(cms.payload, data!.submitReport.trackingCode)).vehiclePlate).toBe(stored)
    }
  })

  it('resolves the old Thái Bình code to Hưng Yên and files the report there', async () => {
    const { data, errors } = await reports.submit(reportInput('PUBLIC_ORDER', { localityCode: '34' }))
    expect(errors).toBeUndefined()
    expect(data!.submitReport.report.localityCode).toBe('33')
    expect(await storedReport(cms.payload, data!.submitReport.trackingCode)).toMatchObject({
      localityCode: '33',
      provinceCode: '33',
    })
  })

  it('stores no trace of the tipster for an anonymous crime tip', async () => {
    const { data, errors } = await reports.submit(anonymousTip())
    expect(errors).toBeUndefined()
    expect(data!.submitReport.trackingCode).toMatch(/^TB-/)
    const stored = await storedReport(cms.payload, data!.submitReport.trackingCode)
    expect(stored.anonymous).toBe(true)
    expect(stored.reporterPhoneHash ?? null).toBeNull()
    for (const value of Object.values(stored.reporter ?? {})) expect(value ?? null).toBeNull()
  })

  it('stores two reports when the same content is sent twice without an idempotency key', async () => {
    const before = await countReports(cms.payload)
    const first = await reports.submit(reportInput('ADMIN_FEEDBACK'))
    const second = await reports.submit(reportInput('ADMIN_FEEDBACK'))
    expect(second.data!.submitReport.trackingCode).not.toBe(first.data!.submitReport.trackingCode)
    expect(await countReports(cms.payload)).toBe(before + 2)
  })
})

describe('rejecting an invalid report with BAD_USER_INPUT, storing nothing', () => {
  it.each<[string, SubmitReportInput, string]>([
    ['a traffic violation without a plate', reportInput('TRAFFIC_VIOLATION', { vehiclePlate: null }), 'vehiclePlate'],
    [
      'a traffic violation with a malformed plate',
      reportInput('TRAFFIC_VIOLATION', { vehiclePlate: 'ABC-12' }),
      'vehiclePlate',
    ],
    ['a traffic violation without a place', reportInput('TRAFFIC_VIOLATION', { place: '   ' }), 'place'],
    ['a traffic violation without a time', reportInput('TRAFFIC_VIOLATION', { occurredAt: null }), 'occurredAt'],
    [
      'an event in the future',
      reportInput('PUBLIC_ORDER', { occurredAt: new Date(Date.now() + 86_400_000).toISOString() }),
      'occurredAt',
    ],
    ['empty content', reportInput('ADMIN_FEEDBACK', { content: ' \n\t ' }), 'content'],
    ['content over 10,000 characters', reportInput('ADMIN_FEEDBACK', { content: 'a'.repeat(10_001) }), 'content'],
    ['a title over 200 characters', reportInput('ADMIN_FEEDBACK', { title: 'a'.repeat(201) }), 'title'],
    [
      'a bad phone number',
      reportInput('ADMIN_FEEDBACK', { reporter: { name: REPORTER.name, phone: '12345' } }),
      'reporter.phone',
    ],
    ['no phone number', reportInput('PUBLIC_ORDER', { reporter: { name: REPORTER.name } }), 'reporter.phone'],
    ['no reporter name', reportInput('ADMIN_FEEDBACK', { reporter: { phone: REPORTER.phone } }), 'reporter.name'],
    ['no reporter at all', reportInput('CRIME_TIP', { reporter: null }), 'reporter.name'],
    [
      'a malformed ID number',
      reportInput('ADMIN_FEEDBACK', { reporter: { ...REPORTER, idNumber: '12345' } }),
      'reporter.idNumber',
    ],
    ['a malformed email', reportInput('ADMIN_FEEDBACK', { reporter: { ...REPORTER, email: 'an@' } }), 'reporter.email'],
    ['anonymity on a report that is not a crime tip', reportInput('PUBLIC_ORDER', { anonymous: true }), 'anonymous'],
    [
      'an anonymous tip that still carries an identity',
      anonymousTip({ reporter: { phone: REPORTER.phone } }),
      'reporter',
    ],
    ['an unknown locality code', reportInput('ADMIN_FEEDBACK', { localityCode: '99999' }), 'localityCode'],
    ['no locality code', reportInput('ADMIN_FEEDBACK', { localityCode: ' ' }), 'localityCode'],
    ['a traffic violation without a photo or video', reportInput('TRAFFIC_VIOLATION'), 'attachmentIds'],
    [
      'an attachment id that was never uploaded',
      reportInput('ADMIN_FEEDBACK', { attachmentIds: ['A0000000000000000000000000'] }),
      'attachmentIds',
    ],
  ])('rejects %s', async (_, input, field) => {
    const { problems } = await rejected(input)
    expect(problems.map((p) => p.field)).toContain(field)
  })

  it('explains every problem at once, in Vietnamese', async () => {
    const { message, problems } = await rejected(
      reportInput('TRAFFIC_VIOLATION', {
        vehiclePlate: null,
        place: null,
        reporter: { name: REPORTER.name, phone: 'abc' },
      }),
    )
    expect(problems.map((p) => p.field).sort()).toEqual(['attachmentIds', 'place', 'reporter.phone', 'vehiclePlate'])
    expect(problems.find((p) => p.field === 'vehiclePlate')?.message).toBe(
      'Vui lòng nhập biển kiểm soát của phương tiện vi phạm.',
    )
    expect(problems.find((p) => p.field === 'reporter.phone')?.message).toMatch(/Số điện thoại không hợp lệ/)
    expect(message).toMatch(/^Phản ánh chưa hợp lệ: /)
  })

  it('asks for the locality when none is given, and names the code it does not know', async () => {
    const missing = await rejected(reportInput('ADMIN_FEEDBACK', { localityCode: '' }))
    expect(missing.problems).toEqual([{ field: 'localityCode', message: 'Vui lòng chọn địa bàn nơi xảy ra vụ việc.' }])
    const unknown = await rejected(reportInput('ADMIN_FEEDBACK', { localityCode: '99999' }))
    expect(unknown.problems).toEqual([{ field: 'localityCode', message: 'Không tìm thấy địa bàn có mã "99999".' }])
  })

  it('rejects an idempotency key too short to be unique', async () => {
    const { problems } = await rejected(reportInput('ADMIN_FEEDBACK'), 'abc')
    expect(problems.map((p) => p.field)).toEqual(['idempotencyKey'])
  })

  it.each([
    ['year 0, which PostgreSQL cannot store', '0000-06-13T20:23:25.135Z'],
    ['year 1 in Vietnam, which is year 0 in UTC', '0001-01-01T00:00:00+07:00'],
  ])('refuses an occurredAt in %s as out of range, storing nothing', async (_, occurredAt) => {
    const { problems } = await rejected(reportInput('PUBLIC_ORDER', { occurredAt }))
    expect(problems).toEqual([{ field: 'occurredAt', message: DATE_OUT_OF_RANGE_MESSAGE }])
  })

  it('rejects a malformed date before it reaches the resolver', async () => {
    const before = await countReports(cms.payload)
    const { errors } = await reports.submit(reportInput('PUBLIC_ORDER', { occurredAt: 'hôm qua' }))
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(await countReports(cms.payload)).toBe(before)
  })
})

describe('retrying with an idempotency key', () => {
  it('returns the first tracking code and verifier to a retry and stores one report', async () => {
    const key = idempotencyKey()
    const input = await trafficViolation(cms.payload)
    const before = await countReports(cms.payload)
    const first = await reports.submit(input, key)
    // The retry types the plate differently: what counts is the normalised submission.
    const retry = await reports.submit({ ...input, vehiclePlate: '30a12345' }, key)
    expect(first.errors).toBeUndefined()
    expect(retry.errors).toBeUndefined()
    expect(retry.data!.submitReport.trackingCode).toBe(first.data!.submitReport.trackingCode)
    expect(retry.data!.submitReport.verifier).toBe(first.data!.submitReport.verifier)
    expect(await countReports(cms.payload)).toBe(before + 1)
  })

  it('stores one report when five identical requests race with the same key', async () => {
    const key = idempotencyKey()
    const input = reportInput('CRIME_TIP')
    const before = await countReports(cms.payload)
    const results = await Promise.all(Array.from({ length: 5 }, () => reports.submit(input, key)))
    for (const result of results) expect(result.errors).toBeUndefined()
    const answers = new Set(results.map((r) => `${r.data!.submitReport.trackingCode} ${r.data!.submitReport.verifier}`))
    expect(answers.size).toBe(1)
    expect(await countReports(cms.payload)).toBe(before + 1)
    expect(await countReports(cms.payload, { idempotencyKey: { equals: key } })).toBe(1)
    const stored = await storedReport(cms.payload, results[0]!.data!.submitReport.trackingCode)
    expect(stored.timeline).toHaveLength(1)
  })

  it('rejects a key reused for a different report', async () => {
    const key = idempotencyKey()
    const input = reportInput('ADMIN_FEEDBACK')
    await reports.submit(input, key)
    const { problems } = await rejected({ ...input, content: 'Một phản ánh hoàn toàn khác.' }, key)
    expect(problems).toEqual([
      { field: 'idempotencyKey', message: 'Khóa chống gửi trùng này đã được dùng cho một phản ánh khác.' },
    ])
  })

  it('does not accept a retry that turns an identified report into an anonymous one', async () => {
    const key = idempotencyKey()
    await reports.submit(reportInput('CRIME_TIP'), key)
    const { problems } = await rejected(anonymousTip(), key)
    expect(problems.map((p) => p.field)).toEqual(['idempotencyKey'])
  })
})
