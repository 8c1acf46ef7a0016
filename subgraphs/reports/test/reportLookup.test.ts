import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, DEFAULT_VERIFIER_LIMITS, type RunningServer } from '@caunoi/platform'
import { gatewayHeaders, TEST_CLAIMS_SECRET } from '@caunoi/platform/testing'
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

describe('rate limiting wrong verifiers', () => {
  let guarded: ReportsExecutor
  let target: Submitted
  let other: Submitted
  let crowded: Submitted
  let typedCode: Submitted

  beforeAll(async () => {
    guarded = await reportsExecutor(cms.payload, {
      verifierLimits: {
        perClientAndCode: { freeAttempts: 3, firstDelaySeconds: 10, maxDelaySeconds: 80, windowSeconds: 3600 },
        perClient: { freeAttempts: 8, firstDelaySeconds: 60, maxDelaySeconds: 3600, windowSeconds: 3600 },
        perCode: { freeAttempts: 4, firstDelaySeconds: 5, maxDelaySeconds: 60, windowSeconds: 3600 },
      },
    })
    target = (await guarded.submit(reportInput('ADMIN_FEEDBACK'))).data!.submitReport
    other = (await guarded.submit(reportInput('PUBLIC_ORDER'))).data!.submitReport
    crowded = (await guarded.submit(reportInput('ADMIN_FEEDBACK'))).data!.submitReport
    typedCode = (await guarded.submit(reportInput('ADMIN_FEEDBACK'))).data!.submitReport
  })

  afterAll(async () => {
    await guarded?.stop()
  })

  const lookupFrom = (client: string, trackingCode: string, verifier: string) =>
    guarded.run<{ report: { trackingCode: string } | null }>(LOOKUP, { trackingCode, verifier }, client)

  /** What a guesser sees for each of `count` wrong verifiers: null, or the whole error. */
  async function guesses(code: (i: number) => string, client: string, count: number) {
    const seen = []
    for (let i = 0; i < count; i++) {
      const { data, errors } = await lookupFrom(client, code(i), `09123456${10 + i}`)
      seen.push(errors ? errors.map(({ message, extensions }) => ({ message, extensions })) : data!.report)
    }
    return seen
  }

  it('slows a stranger guessing one code with growing waits, while the holder elsewhere gets in', async () => {
    const seen = await guesses(() => target.trackingCode, '192.0.2.1', 6)
    // Three free, the fourth starts a 10 s wait; asking again before it ends doubles it each time.
    expect(seen.slice(0, 4)).toEqual([null, null, null, null])
    expect(seen.slice(4).map((answer) => (answer as any)[0].extensions)).toEqual([
      { code: 'RATE_LIMITED', retryAfterSeconds: 20 },
      { code: 'RATE_LIMITED', retryAfterSeconds: 40 },
    ])
    const { data, errors } = await lookupFrom('192.0.2.5', target.trackingCode, target.verifier)
    expect(errors).toBeUndefined()
    expect(data!.report).toMatchObject({ trackingCode: target.trackingCode })
  })

  it('slows everyone on a code, the right verifier too, once many clients have guessed it', async () => {
    // Guessing which phone sent a published report, from many addresses: each guess a different number.
    for (const [i, client] of ['192.0.2.11', '192.0.2.12', '192.0.2.13', '192.0.2.14', '192.0.2.15'].entries()) {
      const { data, errors } = await lookupFrom(client, crowded.trackingCode, `091234560${i}`)
      expect(errors).toBeUndefined()
      expect(data!.report).toBeNull()
    }
    const { data, errors } = await lookupFrom('192.0.2.16', crowded.trackingCode, crowded.verifier)
    expect(data?.report ?? null).toBeNull()
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) })
    expect(errors?.[0]?.message).toBe('Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.')
  })

  it('slows a client that tries many codes, while other clients still get their report', async () => {
    const guesser = '192.0.2.99'
    for (let i = 0; i < 9; i++) {
      const { data } = await lookupFrom(guesser, `PA-0000${i}-00000`, other.verifier)
      expect(data!.report).toBeNull()
    }
    const blocked = await lookupFrom(guesser, other.trackingCode, other.verifier)
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    const { data } = await lookupFrom('192.0.2.100', other.trackingCode, other.verifier)
    expect(data!.report).toMatchObject({ trackingCode: other.trackingCode })
  })

  it('answers and counts an unknown code exactly as a wrong verifier, however the code is typed', async () => {
    // Lower case without dashes, or with spaces: one tracking code, so one count, known or not.
    const typed = (code: string) => (i: number) =>
      i % 2 === 0 ? code.replace(/-/g, '').toLowerCase() : code.replace(/-/g, ' ')
    const onKnown = await guesses(typed(typedCode.trackingCode), '198.51.100.70', 5)
    const onUnknown = await guesses(typed('PA-7K3M9-QXD1V'), '198.51.100.71', 5)
    expect(onUnknown).toEqual(onKnown)
    expect(onKnown[4]).toEqual([
      { message: 'Nhập sai thông tin xác thực quá nhiều lần; vui lòng thử lại sau.', extensions: expect.anything() },
    ])
  })
})

describe('a direct caller on the subgraph’s port', () => {
  let running: RunningServer
  let target: Submitted

  beforeAll(async () => {
    running = await startReportsSubgraph({
      payload: cms.payload,
      logger: createLogger('test-reports-direct'),
      port: 0,
      claimsSecret: TEST_CLAIMS_SECRET,
      verifierLimits: {
        ...DEFAULT_VERIFIER_LIMITS,
        perClient: { freeAttempts: 3, firstDelaySeconds: 60, maxDelaySeconds: 600, windowSeconds: 600 },
      },
    })
    target = (await reports.submit(reportInput('PUBLIC_ORDER'))).data!.submitReport
  })
  afterAll(async () => {
    await running?.stop()
  })

  async function lookupWith(headers: Record<string, string>, trackingCode: string, verifier: string) {
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: LOOKUP, variables: { trackingCode, verifier } }),
    })
    return (await response.json()) as GraphQLResult<{ report: { trackingCode: string } | null }>
  }

  it('is one client however it rotates X-Forwarded-For, so the per-client limit still catches it', async () => {
    // Three wrong codes are free, the fourth starts the client's wait.
    for (let i = 0; i < 4; i++) {
      const { data } = await lookupWith({ 'x-forwarded-for': `198.51.100.${i + 1}` }, `PA-0000${i}-00000`, '0900000000')
      expect(data!.report).toBeNull()
    }
    const blocked = await lookupWith({ 'x-forwarded-for': '198.51.100.77' }, target.trackingCode, target.verifier)
    expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED')
    // A client the gateway vouches for is counted on its own.
    const vouched = await lookupWith(
      gatewayHeaders('reports', { clientAddress: '198.51.100.77' }),
      target.trackingCode,
      target.verifier,
    )
    expect(vouched.data!.report).toMatchObject({ trackingCode: target.trackingCode })
  })

  it('cannot pass a header the gateway signed for another subgraph', async () => {
    const forDossiers = gatewayHeaders('dossiers', { clientAddress: '198.51.100.78' })
    const response = await fetch(running.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...forDossiers },
      body: JSON.stringify({
        query: LOOKUP,
        variables: { trackingCode: target.trackingCode, verifier: target.verifier },
      }),
    })
    expect(response.status).toBe(401)
    expect(((await response.json()) as GraphQLResult<unknown>).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
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
