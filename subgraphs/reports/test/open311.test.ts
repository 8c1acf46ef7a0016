import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { createLogger, type RunningServer } from '@caunoi/platform'
import { gatewayHeaders, TEST_CLAIMS_SECRET } from '@caunoi/platform/testing'
import { startReportsSubgraph } from '../src/server.ts'
import { advanceReport, countReports, idempotencyKey, storedReport, uploadedPhoto } from './factories.ts'

let cms: TestCms
let running: RunningServer
let base: string

beforeAll(async () => {
  cms = await createTestCms()
  const logger = createLogger('test-open311')
  logger.level = 'silent'
  running = await startReportsSubgraph({ payload: cms.payload, logger, port: 0, claimsSecret: TEST_CLAIMS_SECRET })
  base = running.url.replace(/\/graphql$/, '/open311/v2')
}, 120_000)

afterAll(async () => {
  await running?.stop()
  await cms?.destroy()
})

type Reply = { status: number; body: any; headers: Headers }

async function call(path: string, init: RequestInit = {}): Promise<Reply> {
  const response = await fetch(`${base}/${path}`, init)
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers }
}

const form = (fields: Record<string, string | string[]>, headers: Record<string, string> = {}): RequestInit => {
  const body = new URLSearchParams()
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) body.append(key, v)
  return { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }
}
const json = (value: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(value),
})

const feedback = {
  service_code: 'ADMIN_FEEDBACK',
  locality_code: '00004',
  description: 'Đề nghị niêm yết lệ phí cấp căn cước tại trụ sở công an phường.',
  first_name: 'Văn An',
  last_name: 'Nguyễn',
  phone: '0912 345 678',
  email: 'an.nguyen@example.vn',
  address_string: 'Số 1 phố Kim Mã',
}

function expectOpen311Errors(reply: Reply, status: number, ...fragments: RegExp[]) {
  expect(reply.status).toBe(status)
  expect(Array.isArray(reply.body)).toBe(true)
  for (const error of reply.body) expect(error).toEqual({ code: status, description: expect.any(String) })
  for (const fragment of fragments) {
    expect(reply.body.map((e: { description: string }) => e.description).join('\n')).toMatch(fragment)
  }
}

describe('Open311 services', () => {
  it('lists every report type as a realtime service with a Vietnamese name', async () => {
    const { status, body } = await call('services.json')
    expect(status).toBe(200)
    expect(body.map((s: { service_code: string }) => s.service_code)).toEqual([
      'ADMIN_FEEDBACK',
      'CRIME_TIP',
      'TRAFFIC_VIOLATION',
      'PUBLIC_ORDER',
    ])
    expect(body[2]).toMatchObject({
      service_name: 'Vi phạm trật tự, an toàn giao thông',
      metadata: true,
      type: 'realtime',
      group: 'Giao thông',
      keywords: expect.stringContaining('biển kiểm soát'),
    })
  })

  it('describes the attributes of a service, and 404s an unknown one', async () => {
    const { body } = await call('services/TRAFFIC_VIOLATION.json')
    expect(body.attributes.map((a: { code: string; required: boolean }) => [a.code, a.required])).toEqual([
      ['vehicle_plate', true],
      ['occurred_at', true],
    ])
    expectOpen311Errors(await call('services/NOPE.json'), 404, /NOPE/)
    expectOpen311Errors(await call('services.xml'), 404, /\.json/)
  })
})

describe('Open311 POST requests.json', () => {
  it('stores a form-encoded request as a report, reporter and place included, and answers with its tracking code', async () => {
    const reply = await call('requests.json', form({ ...feedback, lat: '21.0315', long: '105.8189' }))
    expect(reply.status).toBe(201)
    const [created] = reply.body
    expect(created).toEqual({
      service_request_id: expect.stringMatching(/^PA-[0-9A-Z]{5}-[0-9A-Z]{5}$/),
      service_notice: expect.stringContaining(created.verifier),
      account_id: null,
      verifier: expect.stringMatching(/^[0-9A-Z]{10}$/),
    })
    expect(created.service_notice).toContain('hoặc số điện thoại của người gửi')
    const stored = await storedReport(cms.payload, created.service_request_id)
    expect(stored).toMatchObject({
      type: 'ADMIN_FEEDBACK',
      status: 'RECEIVED',
      localityCode: '00004',
      content: feedback.description,
      place: 'Số 1 phố Kim Mã (21.0315, 105.8189)',
    })
    // Routed and given a deadline like any other report.
    expect(stored.unit).toBeTruthy()
    expect(stored.dueAt).toBeTruthy()
    expect(stored.reporter).toMatchObject({ name: 'Nguyễn Văn An', phone: '0912345678', email: 'an.nguyen@example.vn' })
    // The same path as submitReport: encrypted at rest, announced through the outbox.
    const raw = await cms.payload.db.findOne({ collection: 'reports', where: { id: { equals: stored.id } } })
    expect((raw as unknown as { reporter: { name: string } }).reporter.name).toMatch(/^pd1:/)
    const events = await cms.payload.count({
      collection: 'outboxEvents',
      where: { trackingCode: { equals: created.service_request_id } },
    })
    expect(events.totalDocs).toBe(1)
  })

  it('takes JSON with attributes, attachment ids and the jurisdiction as locality', async () => {
    const attachment = await uploadedPhoto(cms.payload)
    const reply = await call(
      'requests.json',
      json({
        service_code: 'TRAFFIC_VIOLATION',
        jurisdiction_id: '00004',
        description: 'Xe ô tô vượt đèn đỏ tại nút giao.',
        address_string: 'Ngã tư Kim Mã – Liễu Giai',
        attribute: { vehicle_plate: '30a12345', occurred_at: new Date(Date.now() - 3_600_000).toISOString() },
        attachment_ids: [attachment],
        first_name: 'Thị Bình',
        last_name: 'Trần',
        phone: '0987654321',
      }),
    )
    expect(reply.status).toBe(201)
    const stored = await storedReport(cms.payload, reply.body[0].service_request_id)
    expect(stored).toMatchObject({ type: 'TRAFFIC_VIOLATION', vehiclePlate: '30A-123.45' })
    expect(stored.attachments).toHaveLength(1)
  })

  it('files a crime tip without any identity as anonymous', async () => {
    const reply = await call(
      'requests.json',
      form({ service_code: 'CRIME_TIP', locality_code: '00004', description: 'Có nhóm người tụ tập đánh bạc.' }),
    )
    expect(reply.status).toBe(201)
    const stored = await storedReport(cms.payload, reply.body[0].service_request_id)
    expect(stored).toMatchObject({ type: 'CRIME_TIP', anonymous: true })
    expect(stored.reporter?.name ?? null).toBeNull()
    expect(stored.reporterPhoneHash ?? null).toBeNull()
    // There is no sender's phone to look an anonymous tip up with: only the verifier is offered.
    expect(reply.body[0].service_notice).toContain(reply.body[0].verifier)
    expect(reply.body[0].service_notice).not.toMatch(/điện thoại/)
  })

  it('refuses a field carrying a NUL character, which PostgreSQL cannot store, and stores nothing', async () => {
    const before = await countReports(cms.payload)
    const reply = await call('requests.json', form({ ...feedback, jurisdiction_id: '\0', first_name: 'Văn\0An' }))
    expectOpen311Errors(
      reply,
      400,
      /^jurisdiction_id: Chứa ký tự không hợp lệ/m,
      /^first_name: Chứa ký tự không hợp lệ/m,
    )
    expect(await countReports(cms.payload)).toBe(before)
    expectOpen311Errors(await call('requests.json?locality_code=%00%ff'), 400, /^locality_code: Chứa ký tự/m)
    expectOpen311Errors(await call('requests/PA%00.json'), 400, /Chứa ký tự không hợp lệ/)
  })

  it('stores one report per idempotency key, header or field, and refuses the key for another report', async () => {
    const before = await countReports(cms.payload)
    const key = idempotencyKey()
    const first = await call('requests.json', form(feedback, { 'idempotency-key': key }))
    const again = await call('requests.json', form({ ...feedback, idempotency_key: key }))
    expect(first.status).toBe(201)
    expect(again.body[0].service_request_id).toBe(first.body[0].service_request_id)
    expect(await countReports(cms.payload)).toBe(before + 1)

    const reused = await call(
      'requests.json',
      form({ ...feedback, description: 'Nội dung khác hẳn' }, { 'idempotency-key': key }),
    )
    expectOpen311Errors(reused, 400, /^Idempotency-Key: /m)
    expect(await countReports(cms.payload)).toBe(before + 1)
  })

  it('refuses bad input in the Open311 error format, one entry per field, and writes nothing', async () => {
    const before = await countReports(cms.payload)
    const missingPlate = await call(
      'requests.json',
      form({ ...feedback, service_code: 'TRAFFIC_VIOLATION', description: '', phone: '12' }),
    )
    expectOpen311Errors(
      missingPlate,
      400,
      /^description: Nội dung không được để trống\.$/m,
      /^attribute\[vehicle_plate\]: /m,
      /^phone: Số điện thoại không hợp lệ/m,
      /^attachment_ids: /m,
    )
    expectOpen311Errors(await call('requests.json', form({ ...feedback, service_code: '' })), 400, /service_code/)
    expectOpen311Errors(await call('requests.json', form({ ...feedback, service_code: 'POTHOLE' })), 404, /POTHOLE/)
    expectOpen311Errors(
      await call('requests.json', form({ ...feedback, locality_code: '99999' })),
      400,
      /^locality_code: /m,
    )
    const { locality_code: _omitted, ...noLocality } = feedback
    expectOpen311Errors(await call('requests.json', form(noLocality)), 400, /jurisdiction_id/)
    expectOpen311Errors(await call('requests.json', form({ ...feedback, lat: '21.03' })), 400, /long/)
    expectOpen311Errors(await call('requests.json', form({ ...feedback, lat: 'north', long: '105' })), 400, /Tọa độ/)
    expectOpen311Errors(
      await call('requests.json', form({ ...feedback, media_url: 'http://169.254.169.254/latest' })),
      400,
      /^media_url: /m,
    )
    // Every problem at once, the request's own (locality, coordinates) and the submit path's alike.
    const { locality_code: _none, description: _empty, ...sparse } = feedback
    const everything = await call('requests.json', form({ ...sparse, lat: 'north', long: '105', phone: '12' }))
    expectOpen311Errors(
      everything,
      400,
      /^locality_code: .*jurisdiction_id/m,
      /^lat\/long: Tọa độ/m,
      /^description: /m,
      /^phone: /m,
    )
    expect(everything.body).toHaveLength(4)
    expectOpen311Errors(
      await call(
        'requests.json',
        form({ ...feedback, service_code: 'ADMIN_FEEDBACK', 'attribute[anonymous]': 'true' }),
      ),
      400,
      /ẩn danh/,
    )
    expectOpen311Errors(
      await call('requests.json', {
        method: 'POST',
        body: '{"service_code":',
        headers: { 'content-type': 'application/json' },
      }),
      400,
      /JSON/,
    )
    expectOpen311Errors(
      await call('requests.json', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } }),
      415,
    )
    expectOpen311Errors(
      await call('requests.json', {
        method: 'POST',
        body: 'a='.padEnd(70_000, 'x'),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      413,
    )
    expectOpen311Errors(await call('requests.json', { method: 'DELETE' }), 405)
    expect(await countReports(cms.payload)).toBe(before)
  })

  it.each([
    ['a six-digit year', '-193059-02-12T14:24:26.884Z'],
    ['year 0', '0000-06-13T20:23:25.135Z'],
  ])('answers 400 for an occurred_at in %s, which no database can store, and writes nothing', async (_, at) => {
    const before = await countReports(cms.payload)
    const reply = await call('requests.json', form({ ...feedback, 'attribute[occurred_at]': at }))
    expectOpen311Errors(reply, 400, /^attribute\[occurred_at\]: Thời điểm không hợp lệ/m)
    expect(await countReports(cms.payload)).toBe(before)
  })
})

describe('Open311 GET requests', () => {
  const published: string[] = []
  let unpublished: { id: string; verifier: string }
  let publishedTip: string

  async function submitted(fields: Record<string, string>): Promise<{ id: string; verifier: string }> {
    const reply = await call('requests.json', form(fields))
    expect(reply.status).toBe(201)
    return { id: reply.body[0].service_request_id, verifier: reply.body[0].verifier }
  }
  async function answeredAndPublished(fields: Record<string, string>, publishable = true) {
    const { id, verifier } = await submitted(fields)
    const report = await advanceReport(cms.payload, id, 'ANSWERED', { answer: 'Đã xử lý theo quy định.' })
    if (publishable) await cms.payload.update({ collection: 'reports', id: report.id, data: { publishable: true } })
    return { id, verifier }
  }

  beforeAll(async () => {
    published.push((await answeredAndPublished(feedback)).id)
    published.push(
      (await answeredAndPublished({ ...feedback, service_code: 'PUBLIC_ORDER', locality_code: '00070' })).id,
    )
    unpublished = await answeredAndPublished(feedback, false)
    publishedTip = (
      await answeredAndPublished({
        service_code: 'CRIME_TIP',
        locality_code: '00004',
        description: 'Tin báo đánh bạc.',
      })
    ).id
  }, 60_000)

  it('lists published answered reports, newest first, with the unit and answer and no personal field', async () => {
    const { status, body } = await call('requests.json')
    expect(status).toBe(200)
    expect(body.map((r: { service_request_id: string }) => r.service_request_id)).toEqual([...published].reverse())
    const [order, feedbackReport] = body
    expect(feedbackReport).toMatchObject({
      service_request_id: published[0],
      status: 'closed',
      status_notes: 'Đã xử lý theo quy định.',
      service_code: 'ADMIN_FEEDBACK',
      service_name: 'Phản ánh, kiến nghị về quy định hành chính',
      agency_responsible: expect.stringMatching(/^Công an/),
      requested_datetime: expect.any(String),
      updated_datetime: expect.any(String),
      address: null,
      lat: null,
      long: null,
    })
    expect(order.locality_code).toBe('00070')
  })

  it('filters by service_code, status, dates, id and locality', async () => {
    const ids = async (query: string) =>
      (await call(`requests.json?${query}`)).body.map((r: { service_request_id: string }) => r.service_request_id)
    expect(await ids('service_code=PUBLIC_ORDER')).toEqual([published[1]])
    expect(await ids('service_code=CRIME_TIP')).toEqual([])
    expect(await ids('status=open')).toEqual([])
    expect(await ids('status=closed').then((l) => l.length)).toBe(2)
    expect(await ids('locality_code=00070')).toEqual([published[1]])
    expect(await ids('jurisdiction_id=01').then((l) => l.length)).toBe(2)
    expect(await ids('locality_code=99999')).toEqual([])
    expect(await ids(`service_request_id=${published[0]},${unpublished.id},${publishedTip}`)).toEqual([published[0]])
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString()
    expect(await ids(`start_date=${encodeURIComponent(tomorrow)}`)).toEqual([])
    expect(await ids(`end_date=${encodeURIComponent(tomorrow)}`).then((l) => l.length)).toBe(2)
    expectOpen311Errors(await call('requests.json?start_date=yesterday'), 400, /^start_date: /m)
    expectOpen311Errors(await call('requests.json?status=pending'), 400, /^status: /m)
    expectOpen311Errors(await call('requests.json?service_code=POTHOLE'), 400, /POTHOLE/)
  })

  it.each(['start_date', 'end_date'])('answers 400 for a %s no database can store', async (name) => {
    for (const at of ['-033566-06-13T20:23:25.135Z', '+275760-09-13T00:00:00.000Z', '0000-06-13T20:23:25.135Z']) {
      const reply = await call(`requests.json?${name}=${encodeURIComponent(at)}`)
      expectOpen311Errors(reply, 400, new RegExp(`^${name}: Thời điểm không hợp lệ: chỉ nhận các năm`, 'm'))
    }
  })

  it('shows one published request by id, in any spelling of the code', async () => {
    const { status, body } = await call(`requests/${published[0]!.toLowerCase().replace(/-/g, '')}.json`)
    expect(status).toBe(200)
    expect(body).toEqual([
      expect.objectContaining({ service_request_id: published[0], status_notes: 'Đã xử lý theo quy định.' }),
    ])
  })

  it('shows an unpublished request or a tip only with its verifier, and answers 404 alike otherwise', async () => {
    const hidden = await call(`requests/${unpublished.id}.json`)
    expectOpen311Errors(hidden, 404, /service_request_id/)
    expectOpen311Errors(await call(`requests/${unpublished.id}.json?verifier=SAIMAXACMINH`), 404)
    expectOpen311Errors(await call(`requests/${publishedTip}.json`), 404)
    expectOpen311Errors(await call('requests/PA-00000-00000.json'), 404)
    expectOpen311Errors(await call('requests/not-a-code.json'), 404)
    expectOpen311Errors(await call('requests/%E0%A4%A.json'), 400)

    const own = await call(`requests/${unpublished.id}.json?verifier=${unpublished.verifier}`)
    expect(own.status).toBe(200)
    expect(own.body[0]).toMatchObject({ service_request_id: unpublished.id, status: 'closed' })
    // The sender's phone works as verifier too, as for the report query.
    expect((await call(`requests/${unpublished.id}.json?verifier=0912345678`)).status).toBe(200)
  })
})

describe('GET requests/{id}.json with wrong verifiers', () => {
  it('answers a guesser 429 with Retry-After, while the holder from elsewhere still reads it', async () => {
    const created = await call('requests.json', form({ ...feedback, description: 'Phản ánh để thử giới hạn đoán.' }))
    expect(created.status).toBe(201)
    const [{ service_request_id: id, verifier }] = created.body
    const fromGuesser = { headers: gatewayHeaders('reports', { clientAddress: '198.51.100.7' }) }
    // Default policy: 5 wrong verifiers per client and code are free, the sixth starts a wait.
    for (let i = 0; i < 6; i++) {
      expectOpen311Errors(
        await call(`requests/${id}.json?verifier=09876543${String(i).padStart(2, '0')}`, fromGuesser),
        404,
      )
    }
    const slowed = await call(`requests/${id}.json?verifier=${verifier}`, fromGuesser)
    expectOpen311Errors(slowed, 429, /thử lại sau/)
    expect(Number(slowed.headers.get('retry-after'))).toBeGreaterThan(0)
    const holder = await call(`requests/${id}.json?verifier=${verifier}`, {
      headers: gatewayHeaders('reports', { clientAddress: '198.51.100.200' }),
    })
    expect(holder.status).toBe(200)
  })

  it('answers an unknown request and a wrong verifier with the same 404', async () => {
    const created = await call('requests.json', form({ ...feedback, description: 'Phản ánh để so sánh mã lạ.' }))
    const [{ service_request_id: id }] = created.body
    const unknownId = 'PA-7K3M9-QXD1V'
    const wrong = await call(`requests/${id}.json?verifier=0987000001`, {
      headers: gatewayHeaders('reports', { clientAddress: '198.51.100.81' }),
    })
    const unknown = await call(`requests/${unknownId}.json?verifier=0987000001`, {
      headers: gatewayHeaders('reports', { clientAddress: '198.51.100.82' }),
    })
    expect(wrong.status).toBe(404)
    expect({ status: unknown.status, body: JSON.stringify(unknown.body).replaceAll(unknownId, id) }).toEqual({
      status: wrong.status,
      body: JSON.stringify(wrong.body),
    })
  })
})
