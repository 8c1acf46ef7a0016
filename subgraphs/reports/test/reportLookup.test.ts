import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { startReportsSubgraph } from '../src/server.ts'
import { advanceReport, anonymousTip, REPORTER, reportInput, storedReport, trafficViolation } from './factories.ts'
import { reportsExecutor, type GraphQLResult, type ReportsExecutor, type Submitted } from './executeReports.ts'

let cms: TestCms
let reports: ReportsExecutor
let feedback: Submitted
let tip: Submitted

const LOOKUP = /* GraphQL */ `
  query Lookup($trackingCode: ID!, $verifier: String!) {
    report(trackingCode: $trackingCode, verifier: $verifier) {
      trackingCode
      type
      status
      title
      localityCode
      createdAt
      answer
      answeredAt
      timeline {
        status
        at
        note
      }
    }
  }
`

async function lookup(trackingCode: string, verifier: string) {
  const { data, errors } = await reports.run<{ report: Record<string, unknown> | null }>(LOOKUP, {
    trackingCode,
    verifier,
  })
  expect(errors).toBeUndefined()
  return data!.report
}

beforeAll(async () => {
  cms = await createTestCms()
  reports = await reportsExecutor(cms.payload)
  const input = reportInput('ADMIN_FEEDBACK', {
    title: 'Lệ phí cấp căn cước',
    reporter: { ...REPORTER, idNumber: '001090012345', email: 'an.nguyen@example.vn' },
  })
  feedback = (await reports.submit(input)).data!.submitReport
  tip = (await reports.submit(anonymousTip())).data!.submitReport
}, 120_000)

afterAll(async () => {
  await reports?.stop()
  await cms?.destroy()
})

describe('looking up a report', () => {
  it('shows the report to the holder of its tracking code and verifier', async () => {
    const report = await lookup(feedback.trackingCode, feedback.verifier)
    expect(report).toMatchObject({
      trackingCode: feedback.trackingCode,
      type: 'ADMIN_FEEDBACK',
      status: 'RECEIVED',
      title: 'Lệ phí cấp căn cước',
      localityCode: '00004',
      answer: null,
      timeline: [expect.objectContaining({ status: 'RECEIVED' })],
    })
  })

  it('finds the report however the tracking code and verifier are typed', async () => {
    const sloppyCode = feedback.trackingCode.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l')
    const sloppyVerifier = `${feedback.verifier.slice(0, 5)}-${feedback.verifier.slice(5)}`
      .toLowerCase()
      .replace(/0/g, 'O')
    expect(await lookup(sloppyCode, sloppyVerifier)).toMatchObject({ trackingCode: feedback.trackingCode })
    expect(await lookup(feedback.trackingCode.replace(/-/g, ''), feedback.verifier)).toMatchObject({
      trackingCode: feedback.trackingCode,
    })
  })

  it('accepts the reporter’s phone number as verifier', async () => {
    expect(await lookup(feedback.trackingCode, '0912345678')).toMatchObject({ trackingCode: feedback.trackingCode })
    expect(await lookup(feedback.trackingCode, '+84 912.345.678')).toMatchObject({
      trackingCode: feedback.trackingCode,
    })
  })

  it('returns null, with no hint why, for a wrong verifier or an unknown code', async () => {
    expect(await lookup(feedback.trackingCode, 'ZZZZZZZZZZ')).toBeNull()
    expect(await lookup(feedback.trackingCode, tip.verifier)).toBeNull()
    expect(await lookup(feedback.trackingCode, '0987654321')).toBeNull()
    expect(await lookup(feedback.trackingCode, '')).toBeNull()
    expect(await lookup('PA-00000-00000', feedback.verifier)).toBeNull()
    expect(await lookup('not a code', feedback.verifier)).toBeNull()
  })

  it('lets an anonymous tipster in with the verifier only', async () => {
    expect(await lookup(tip.trackingCode, tip.verifier)).toMatchObject({
      trackingCode: tip.trackingCode,
      type: 'CRIME_TIP',
    })
    expect(await lookup(tip.trackingCode, '0912345678')).toBeNull()
  })

  it('shows the officer’s answer and the new status once published', async () => {
    const stored = await storedReport(cms.payload, feedback.trackingCode)
    await advanceReport(cms.payload, stored.trackingCode, 'ANSWERED', {
      answer: 'Lệ phí đã được niêm yết tại bảng tin.',
    })
    expect(await lookup(feedback.trackingCode, feedback.verifier)).toMatchObject({
      status: 'ANSWERED',
      answer: 'Lệ phí đã được niêm yết tại bảng tin.',
      answeredAt: expect.any(Date),
    })
  })
})

describe('keeping reporter data private', () => {
  it('has no reporter or bookkeeping field on the Report type', async () => {
    const { data } = await reports.run<{ __type: { fields: { name: string }[] } }>(
      `{ __type(name: "Report") { fields { name } } }`,
    )
    const fields = data!.__type.fields.map((f) => f.name).sort()
    expect(fields).toEqual([
      'answer',
      'answeredAt',
      'createdAt',
      'dueAt',
      'localityCode',
      'overdue',
      'status',
      'timeline',
      'title',
      'trackingCode',
      'type',
      'unit',
    ])
  })

  it('never lets the reporter’s identity into an answer', async () => {
    const stored = await storedReport(cms.payload, feedback.trackingCode)
    const answers = JSON.stringify([
      await reports.submit(reportInput('ADMIN_FEEDBACK', { reporter: { ...REPORTER, idNumber: '001090012345' } })),
      await reports.run(LOOKUP, { trackingCode: feedback.trackingCode, verifier: feedback.verifier }),
      await reports.run(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { trackingCode status timeline { status } } } }`,
        {
          r: [{ __typename: 'Report', trackingCode: feedback.trackingCode }],
        },
      ),
    ])
    for (const secret of [
      'Nguyễn Văn An',
      '0912345678',
      '0912 345 678',
      '001090012345',
      'an.nguyen@example.vn',
      stored.reporterPhoneHash!,
    ]) {
      expect(answers).not.toContain(secret)
    }
  })
})

describe('resolving Report references for the gateway', () => {
  it('resolves a report by its tracking code, and an unknown code to null', async () => {
    const { data, errors } = await reports.run<{ _entities: unknown[] }>(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { trackingCode type localityCode } } }`,
      {
        r: [
          { __typename: 'Report', trackingCode: tip.trackingCode },
          { __typename: 'Report', trackingCode: 'TB-00000-00000' },
        ],
      },
    )
    expect(errors).toBeUndefined()
    expect(data!._entities).toEqual([
      { trackingCode: tip.trackingCode, type: 'CRIME_TIP', localityCode: '00004' },
      null,
    ])
  })
})

describe('over HTTP', () => {
  let running: RunningServer

  beforeAll(async () => {
    running = await startReportsSubgraph({ payload: cms.payload, logger: createLogger('test-reports-http'), port: 0 })
  })
  afterAll(async () => {
    await running?.stop()
  })

  async function post<T>(query: string, variables: Record<string, unknown>) {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    })
    return { status: response.status, body: (await response.json()) as GraphQLResult<T> }
  }

  it('accepts a report and looks it up on an ephemeral port', async () => {
    expect(running.port).toBeGreaterThan(0)
    const submitted = await post<{ submitReport: Submitted & { report: { createdAt: string } } }>(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { trackingCode verifier report { status createdAt } } }`,
      { input: await trafficViolation(cms.payload, { vehiclePlate: '30a12345' }) },
    )
    expect(submitted.status).toBe(200)
    const { trackingCode, verifier, report } = submitted.body.data!.submitReport
    expect(report.status).toBe('RECEIVED')
    expect(new Date(report.createdAt).getTime()).not.toBeNaN()
    const found = await post<{ report: unknown }>(LOOKUP, { trackingCode, verifier })
    expect(found.body.data!.report).toMatchObject({ trackingCode, type: 'TRAFFIC_VIOLATION' })
  })

  it('answers invalid input with BAD_USER_INPUT and the failing fields, without a stack trace', async () => {
    const { body } = await post<unknown>(
      `mutation($input: SubmitReportInput!) { submitReport(input: $input) { trackingCode } }`,
      { input: await trafficViolation(cms.payload, { vehiclePlate: null }) },
    )
    expect(body.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'vehiclePlate', message: 'Vui lòng nhập biển kiểm soát của phương tiện vi phạm.' }],
    })
  })
})
