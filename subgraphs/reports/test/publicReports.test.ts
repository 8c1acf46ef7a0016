import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, encodeCursor, type RunningServer } from '@caunoi/platform'
import type { SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import { startReportsSubgraph } from '../src/server.ts'
import { advanceReport, phonePhoto, reportInput, storedReport } from './factories.ts'

let cms: TestCms
let running: RunningServer

// Personal details that must never leave through a public operation.
const SECRET = {
  name: 'Đặng Thị Bí Mật',
  phone: '0969 123 456',
  phoneNational: '0969123456',
  idNumber: '038195001234',
  email: 'bi.mat@example.vn',
  tipPlace: 'Nhà số 99 ngõ Bí Mật',
}
const PERSONAL_PATTERNS = [
  SECRET.name,
  SECRET.phoneNational,
  '969123456',
  SECRET.idNumber,
  SECRET.email,
  SECRET.tipPlace,
]
const identity = { name: SECRET.name, phone: SECRET.phone, idNumber: SECRET.idNumber, email: SECRET.email }

beforeAll(async () => {
  cms = await createTestCms()
  running = await startReportsSubgraph({ payload: cms.payload, logger: createLogger('test-public'), port: 0 })
}, 120_000)

afterAll(async () => {
  await running?.stop()
  await cms?.destroy()
})

type Result<T> = { data?: T; errors?: { message: string; extensions?: { code?: string } }[] }

/** Every response body is kept, so the leak check reads exactly what a client received. */
const bodies: string[] = []
async function gql<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Result<T>> {
  const response = await fetch(running.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  bodies.push(text)
  return JSON.parse(text) as Result<T>
}

const REPORT_FIELDS = `trackingCode type status title localityCode createdAt answer answeredAt dueAt overdue
  unit { id reportStats { received resolved overdue } } timeline { status at note }`

async function submit(input: SubmitReportInput) {
  const { data, errors } = await gql<{ submitReport: { trackingCode: string; verifier: string } }>(
    `mutation($input: SubmitReportInput!) { submitReport(input: $input) { trackingCode verifier report { ${REPORT_FIELDS} } } }`,
    { input },
  )
  expect(errors).toBeUndefined()
  return data!.submitReport
}

async function answered(input: SubmitReportInput, publishable: boolean) {
  const { trackingCode, verifier } = await submit(input)
  const report = await advanceReport(cms.payload, trackingCode, 'ANSWERED', {
    answer: 'Công an phường đã kiểm tra và xử lý theo quy định.',
  })
  if (publishable) await cms.payload.update({ collection: 'reports', id: report.id, data: { publishable: true } })
  return { trackingCode, verifier }
}

const PUBLIC_REPORTS = `query($l: ID, $t: ReportType, $f: Int, $a: String) {
  publicReports(localityCode: $l, type: $t, first: $f, after: $a) {
    totalCount pageInfo { hasNextPage endCursor } edges { cursor node { ${REPORT_FIELDS} } }
  }
}`
type Page = {
  publicReports: {
    totalCount: number
    pageInfo: { hasNextPage: boolean; endCursor: string | null }
    edges: { node: { trackingCode: string; type: string; answer: string } }[]
  }
}

describe('publicReports', () => {
  let published: string[] = []
  let unpublished: string
  let tip: string

  beforeAll(async () => {
    published = [
      (await answered(reportInput('ADMIN_FEEDBACK', { reporter: identity, title: 'Lệ phí căn cước' }), true))
        .trackingCode,
      (await answered(reportInput('PUBLIC_ORDER', { reporter: identity, place: 'Công viên Thủ Lệ' }), true))
        .trackingCode,
      (await answered(reportInput('ADMIN_FEEDBACK', { reporter: identity, localityCode: '00070' }), true)).trackingCode,
    ]
    unpublished = (await answered(reportInput('ADMIN_FEEDBACK', { reporter: identity }), false)).trackingCode
    // A tip marked publishable by mistake is still never listed.
    tip = (await answered(reportInput('CRIME_TIP', { reporter: identity, place: SECRET.tipPlace }), true)).trackingCode
  }, 60_000)

  it('lists answered reports marked publishable, newest answer first, and nothing else', async () => {
    const { data } = await gql<Page>(PUBLIC_REPORTS, { l: '01' })
    const codes = data!.publicReports.edges.map((e) => e.node.trackingCode)
    expect(codes).toEqual([...published].reverse())
    expect(codes).not.toContain(unpublished)
    expect(codes).not.toContain(tip)
    expect(data!.publicReports.edges[0]!.node.answer).toBe('Công an phường đã kiểm tra và xử lý theo quy định.')
  })

  it('filters by commune and by type, and never lists crime tips even when asked for them', async () => {
    expect((await gql<Page>(PUBLIC_REPORTS, { l: '00070' })).data!.publicReports.totalCount).toBe(1)
    expect((await gql<Page>(PUBLIC_REPORTS, { l: '00004', t: 'PUBLIC_ORDER' })).data!.publicReports.totalCount).toBe(1)
    expect((await gql<Page>(PUBLIC_REPORTS, { t: 'CRIME_TIP' })).data!.publicReports).toMatchObject({
      totalCount: 0,
      edges: [],
    })
  })

  it('refuses an unknown locality rather than answering an empty list', async () => {
    const { data, errors } = await gql<Page>(PUBLIC_REPORTS, { l: '99999' })
    expect(data).toBeNull()
    expect(errors?.[0]).toMatchObject({
      message: 'Không tìm thấy địa bàn có mã "99999".',
      extensions: { code: 'BAD_USER_INPUT' },
    })
  })

  it('pages with a cursor, and refuses a forged one', async () => {
    const first = (await gql<Page>(PUBLIC_REPORTS, { l: '01', f: 2 })).data!.publicReports
    expect(first.edges).toHaveLength(2)
    expect(first.pageInfo.hasNextPage).toBe(true)
    const second = (await gql<Page>(PUBLIC_REPORTS, { l: '01', f: 2, a: first.pageInfo.endCursor })).data!.publicReports
    expect(second.edges.map((e) => e.node.trackingCode)).toEqual([published[0]])
    expect(second.pageInfo.hasNextPage).toBe(false)
    const forged = await gql(PUBLIC_REPORTS, { a: 'not-a-cursor' })
    expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('refuses a cursor with a date no database can store, or a text id', async () => {
    for (const key of [
      ['0000-06-13T20:23:25.135Z', 1],
      ['không phải ngày', 1],
      ['2026-12-01T00:00:00.000Z', '1 OR 1=1'],
    ]) {
      const forged = await gql(PUBLIC_REPORTS, { a: encodeCursor(key) })
      expect(forged.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    }
  })

  it('leaks no personal detail of any sender through any public operation', async () => {
    const fresh = await submit(reportInput('ADMIN_FEEDBACK', { reporter: identity }))
    const tipSubmitted = await submit(reportInput('CRIME_TIP', { reporter: identity, place: SECRET.tipPlace }))
    for (const { trackingCode, verifier } of [fresh, tipSubmitted]) {
      await gql(`query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { ${REPORT_FIELDS} } }`, {
        c: trackingCode,
        v: verifier,
      })
      // The phone number works as a verifier; the answer must still not echo it.
      await gql(`query($c: ID!, $v: String!) { report(trackingCode: $c, verifier: $v) { ${REPORT_FIELDS} } }`, {
        c: trackingCode,
        v: SECRET.phone,
      })
      await gql(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Report { ${REPORT_FIELDS} } } }`, {
        r: [{ __typename: 'Report', trackingCode }],
      })
    }
    await gql(PUBLIC_REPORTS, {})
    await gql(PUBLIC_REPORTS, { l: '00004', t: 'CRIME_TIP' })
    const unit = (await storedReport(cms.payload, fresh.trackingCode)).unit
    await gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Locality { reportStats { received resolved overdue } } ... on Unit { reportStats { received resolved overdue } } } }`,
      {
        r: [
          { __typename: 'Locality', code: '00004' },
          { __typename: 'Unit', id: String(typeof unit === 'object' ? unit!.id : unit) },
        ],
      },
    )
    // The Open311 endpoints read the same reports: none of them may echo a sender's details either.
    const open311 = running.url.replace(/\/graphql$/, '/open311/v2')
    const open311Paths = [
      'services.json',
      'services/CRIME_TIP.json',
      'requests.json',
      'requests.json?service_code=CRIME_TIP',
      'requests.json?locality_code=00004&status=closed',
      ...[fresh, tipSubmitted, ...published.map((trackingCode) => ({ trackingCode, verifier: '' }))].flatMap(
        ({ trackingCode, verifier }) => [
          `requests/${trackingCode}.json`,
          `requests/${trackingCode}.json?verifier=${verifier}`,
          `requests/${trackingCode}.json?verifier=${encodeURIComponent(SECRET.phone)}`,
        ],
      ),
    ]
    for (const path of open311Paths) bodies.push(await (await fetch(`${open311}/${path}`)).text())
    bodies.push(
      await (
        await fetch(`${open311}/requests.json`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            service_code: 'CRIME_TIP',
            locality_code: '00004',
            description: 'Tin báo qua Open311.',
            address_string: SECRET.tipPlace,
            last_name: 'Đặng Thị',
            first_name: 'Bí Mật',
            phone: SECRET.phone,
            email: SECRET.email,
          }),
        })
      ).text(),
    )
    expect(bodies.filter((body) => body.includes('"service_request_id"')).length).toBeGreaterThan(5)

    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(await phonePhoto())], { type: 'image/jpeg' }), `${SECRET.name}.jpg`)
    bodies.push(
      await (await fetch(running.url.replace(/\/graphql$/, '/attachments'), { method: 'POST', body: form })).text(),
    )

    expect(bodies.length).toBeGreaterThan(40)
    const everything = bodies.join('\n')
    // The stored reports do hold these details: the check is meaningful.
    expect(JSON.stringify((await storedReport(cms.payload, fresh.trackingCode)).reporter)).toContain(SECRET.name)
    for (const detail of PERSONAL_PATTERNS) expect(everything).not.toContain(detail)
  })
})
