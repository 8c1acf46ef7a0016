import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLAIMS_HEADER } from '@caunoi/platform'
import { gatewayHeaders } from '@caunoi/platform/testing'
import { startStack, type Stack } from '../support/stack.ts'

let stack: Stack

beforeAll(async () => {
  stack = await startStack()
}, 120_000)

afterAll(async () => {
  await stack?.stop()
})

const SUBMIT = `mutation Submit($input: SubmitReportInput!, $key: String) {
  submitReport(input: $input, idempotencyKey: $key) {
    trackingCode
    verifier
    report { trackingCode status type createdAt timeline { status at } }
  }
}`

const feedback = (content: string) => ({
  type: 'ADMIN_FEEDBACK',
  localityCode: '00004',
  title: 'Thủ tục đăng ký tạm trú',
  content,
  reporter: { name: 'Nguyễn Văn An', phone: '0912345678' },
})

async function reportCount(): Promise<number> {
  return (await stack.payload.count({ collection: 'reports' })).totalDocs
}

describe('the mini-app home screen through the gateway', () => {
  it('joins content and reports in one query: a province with its procedures, hotlines and report statistics', async () => {
    const { status, data, errors } = await stack.graphql(`{
      locality(code: "01") {
        code name level
        hotlines { name number }
        children { code }
        reportStats { received resolved }
      }
      procedures(localityCode: "01", first: 5) { totalCount edges { node { code title fieldName } } }
    }`)
    expect(status).toBe(200)
    expect(errors).toBeUndefined()
    expect(data?.locality).toMatchObject({ code: '01', name: 'Thành phố Hà Nội', level: 'PROVINCE' })
    expect(data?.locality.hotlines.map((h: { number: string }) => h.number)).toContain('113')
    expect(data?.locality.children.length).toBeGreaterThan(100)
    expect(data?.locality.reportStats).toEqual({ received: 0, resolved: 0 })
    expect(data?.procedures.totalCount).toBe(8)
    expect(data?.procedures.edges).toHaveLength(5)
  })

  it('pages through procedures with cursors until the last page', async () => {
    const codes: string[] = []
    let after: string | null = null
    let pages = 0
    do {
      const { data }: { data?: any } = await stack.graphql(
        `query($after: String) { procedures(first: 3, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      )
      codes.push(...data.procedures.edges.map((e: { node: { code: string } }) => e.node.code))
      after = data.procedures.pageInfo.hasNextPage ? data.procedures.pageInfo.endCursor : null
      pages++
    } while (after && pages < 10)
    expect(pages).toBe(3)
    expect(new Set(codes).size).toBe(8)
  })

  it('resolves the old Thái Bình code "34" to Hưng Yên, with Hưng Yên’s report statistics', async () => {
    const { data, errors } = await stack.graphql(`{ locality(code: "34") { code name reportStats { received } } }`)
    expect(errors).toBeUndefined()
    expect(data?.locality).toEqual({ code: '33', name: 'Hưng Yên', reportStats: { received: 0 } })
  })
})

describe('a citizen’s report through the gateway', () => {
  it('submits a report and reads it back with the tracking code and verifier', async () => {
    const submitted = await stack.graphql(SUBMIT, {
      input: feedback('Đề nghị hướng dẫn rõ giấy tờ chứng minh chỗ ở khi đăng ký tạm trú.'),
    })
    expect(submitted.errors).toBeUndefined()
    const { trackingCode, verifier, report } = submitted.data!.submitReport
    expect(report).toMatchObject({ trackingCode, status: 'RECEIVED', type: 'ADMIN_FEEDBACK' })

    const read = await stack.graphql(
      `query($code: ID!, $verifier: String!) { report(trackingCode: $code, verifier: $verifier) { trackingCode status timeline { status } } }`,
      {
        code: trackingCode,
        verifier,
      },
    )
    expect(read.errors).toBeUndefined()
    expect(read.data?.report).toEqual({ trackingCode, status: 'RECEIVED', timeline: [{ status: 'RECEIVED' }] })

    const stats = await stack.graphql(
      `{ locality(code: "00004") { reportStats { received } } province: locality(code: "01") { reportStats { received } } }`,
    )
    expect(stats.data?.locality.reportStats.received).toBeGreaterThanOrEqual(1)
    expect(stats.data?.province.reportStats.received).toBeGreaterThanOrEqual(1)
  })

  it('stores one report when the same idempotency key is sent twice, and answers both with the same code', async () => {
    const before = await reportCount()
    const input = feedback('Phản ánh thời gian chờ cấp căn cước quá lâu tại điểm tiếp dân.')
    const first = await stack.graphql(SUBMIT, { input, key: 'mini-app-7f1c2d' })
    const second = await stack.graphql(SUBMIT, { input, key: 'mini-app-7f1c2d' })
    expect(first.errors).toBeUndefined()
    expect(second.data?.submitReport.trackingCode).toBe(first.data?.submitReport.trackingCode)
    expect(second.data?.submitReport.verifier).toBe(first.data?.submitReport.verifier)
    expect(await reportCount()).toBe(before + 1)
  })

  it('shows nothing to a wrong verifier', async () => {
    const submitted = await stack.graphql(SUBMIT, { input: feedback('Phản ánh về biển báo khu vực cổng trường.') })
    const { trackingCode } = submitted.data!.submitReport
    const read = await stack.graphql(
      `query($code: ID!) { report(trackingCode: $code, verifier: "SAI-MA-XAC-THUC") { trackingCode content: title } }`,
      {
        code: trackingCode,
      },
    )
    expect(read.errors).toBeUndefined()
    expect(read.data?.report).toBeNull()
  })

  it('rejects bad input with BAD_USER_INPUT, a readable message, no stack trace and nothing written', async () => {
    const before = await reportCount()
    const missingPlate = await stack.graphql(SUBMIT, {
      input: {
        type: 'TRAFFIC_VIOLATION',
        localityCode: '01',
        content: 'Xe vượt đèn đỏ',
        reporter: { name: 'Trần Thị Bình', phone: '0987654321' },
      },
    })
    expect(missingPlate.status).toBe(200)
    expect(missingPlate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(missingPlate.errors?.[0]?.message).toMatch(/biển/i)

    const unknownType = await stack.graphql(SUBMIT, { input: { ...feedback('Nội dung'), type: 'NOT_A_TYPE' } })
    expect(unknownType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')
    expect(unknownType.errors?.[0]?.extensions?.problems).toEqual([
      { field: 'type', message: 'Giá trị không nằm trong danh sách cho phép.' },
    ])

    // Refused by graphql-js itself, in the gateway (a missing field) or in the subgraph (a custom
    // scalar): still Vietnamese, with the field, like the submit path's own refusals.
    const { content: _content, ...noContent } = feedback('Nội dung')
    const missingContent = await stack.graphql(SUBMIT, { input: noContent })
    expect(missingContent.errors?.[0]).toMatchObject({
      message: 'Dữ liệu không hợp lệ: content (Thiếu trường bắt buộc.)',
      extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'content', message: 'Thiếu trường bắt buộc.' }] },
    })
    const badDate = await stack.graphql(SUBMIT, { input: { ...feedback('Nội dung'), occurredAt: 'hôm qua' } })
    expect(badDate.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'occurredAt', message: expect.stringMatching(/^Thời điểm không hợp lệ/) }],
    })
    expect(badDate.errors?.[0]?.message).toMatch(/^Dữ liệu không hợp lệ: occurredAt/)

    const unknownLocality = await stack.graphql(SUBMIT, { input: { ...feedback('Nội dung'), localityCode: '99999' } })
    expect(unknownLocality.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT')

    for (const response of [missingPlate, unknownType, missingContent, badDate, unknownLocality]) {
      expect(JSON.stringify(response)).not.toMatch(/stacktrace|at .*\.ts:\d+/)
    }
    expect(await reportCount()).toBe(before)
  })

  it('answers a syntax error without a 500 or a stack trace', async () => {
    const response = await stack.graphql(`{ locality(code: "01") { name `)
    expect(response.status).toBeLessThan(500)
    expect(response.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED')
    expect(JSON.stringify(response)).not.toContain('stacktrace')
  })
})

describe('the subgraphs behind the gateway', () => {
  const askDirectly = async (name: 'reports' | 'dossiers', headers: Record<string, string>) =>
    fetch(`${stack.subgraphBase(name)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query: '{ __typename }' }),
    })

  it('accept claims signed for them and refuse claims signed for another subgraph', async () => {
    const forReports = gatewayHeaders('reports', { clientAddress: '203.0.113.20' })
    expect((await askDirectly('reports', forReports)).status).toBe(200)
    const replayed = await askDirectly('dossiers', forReports)
    expect(replayed.status).toBe(401)
    expect(((await replayed.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe(
      'UNAUTHENTICATED',
    )
    expect((await askDirectly('dossiers', { [CLAIMS_HEADER]: 'e30.AAAA' })).status).toBe(401)
  })
})

describe('when a subgraph is down', () => {
  it('says so on /health, and the other subgraph’s fields still answer', async () => {
    expect((await stack.health()).status).toBe(200)
    await stack.stopSubgraph('reports')

    const health = await stack.health()
    expect(health.status).toBe(503)
    expect(JSON.stringify(health.body)).toContain('reports')

    const { status, data, errors } = await stack.graphql(
      `{ locality(code: "04") { name reportStats { received } } hotlines(localityCode: "04") { number } }`,
    )
    expect(status).toBeLessThan(500)
    expect(data?.hotlines.map((h: { number: string }) => h.number)).toContain('113')
    expect(data?.locality).toEqual({ name: 'Cao Bằng', reportStats: null })
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'reports' })
    expect(JSON.stringify(errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|stacktrace/)
  })
})
