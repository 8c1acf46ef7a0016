import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startStack, type Stack } from '../support/stack.ts'

let stack: Stack
let open311: string

beforeAll(async () => {
  stack = await startStack()
  open311 = stack.gatewayUrl.replace(/\/graphql$/, '/open311/v2')
}, 120_000)

afterAll(async () => {
  await stack?.stop()
})

// Personal details that must never come back out of the gateway's public doors.
const SECRET = {
  lastName: 'Lê Thị',
  firstName: 'Kín Đáo',
  fullName: 'Lê Thị Kín Đáo',
  phone: '0977 246 810',
  phoneDigits: '977246810',
  email: 'kin.dao@example.vn',
  idNumber: '001190246810',
  address: 'Số 7 ngõ Riêng Tư',
}
const PERSONAL = [SECRET.fullName, SECRET.firstName, SECRET.phoneDigits, SECRET.email, SECRET.idNumber, SECRET.address]

/** Every body the gateway sent back, so the leak check reads exactly what clients received. */
const bodies: string[] = []

async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${open311}/${path}`, init)
  const text = await response.text()
  bodies.push(text)
  return { status: response.status, body: JSON.parse(text) }
}

async function graphql(query: string, variables: Record<string, unknown> = {}) {
  const response = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const text = await response.text()
  bodies.push(text)
  return JSON.parse(text)
}

const submitForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  call('requests.json', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields),
  })

const withIdentity = {
  last_name: SECRET.lastName,
  first_name: SECRET.firstName,
  phone: SECRET.phone,
  email: SECRET.email,
  address_string: SECRET.address,
}

async function answerAndPublish(trackingCode: string) {
  const { docs } = await stack.payload.find({
    collection: 'reports',
    where: { trackingCode: { equals: trackingCode } },
    depth: 0,
  })
  const report = docs[0]!
  const unit = report.unit as number
  const email = `can-bo-open311-${unit}@caunoi.test`
  const officer =
    (await stack.payload.find({ collection: 'users', where: { email: { equals: email } }, depth: 0 })).docs[0] ??
    (await stack.payload.create({
      collection: 'users',
      data: { email, password: 'Mat-khau-2026', name: 'Cán bộ tiếp nhận', role: 'officer', unit },
    }))
  // The workflow itself is tested in the reports package; here an officer walks it to a published answer.
  for (const status of ['ACCEPTED', 'ASSIGNED', 'IN_PROGRESS', 'ANSWERED'] as const) {
    await stack.payload.update({
      collection: 'reports',
      id: report.id,
      data: {
        status,
        ...(status === 'ASSIGNED' ? { assignee: officer.id } : {}),
        ...(status === 'ANSWERED' ? { answer: 'Công an phường đã xử lý.', publishable: true } : {}),
      },
      user: officer,
      overrideAccess: false,
      depth: 0,
    })
  }
}

describe('Open311 through the gateway', () => {
  const submitted: { id: string; verifier: string }[] = []

  it('serves the report types as Open311 services', async () => {
    const { status, body } = await call('services.json')
    expect(status).toBe(200)
    expect(body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          service_code: 'TRAFFIC_VIOLATION',
          service_name: 'Vi phạm trật tự, an toàn giao thông',
        }),
      ]),
    )
  })

  it('takes a service request once per idempotency key and shows it to its sender', async () => {
    const fields = {
      service_code: 'ADMIN_FEEDBACK',
      jurisdiction_id: '00004',
      description: 'Đề nghị bố trí thêm chỗ ngồi chờ tại bộ phận một cửa.',
      ...withIdentity,
    }
    const first = await submitForm(fields, { 'idempotency-key': 'open311-client-0001' })
    const retry = await submitForm(fields, { 'idempotency-key': 'open311-client-0001' })
    expect(first.status).toBe(201)
    expect(retry.body[0].service_request_id).toBe(first.body[0].service_request_id)
    const { id, verifier } = { id: first.body[0].service_request_id, verifier: first.body[0].verifier }
    submitted.push({ id, verifier })
    expect(
      (
        await stack.payload.count({
          collection: 'reports',
          where: { idempotencyKey: { equals: 'open311-client-0001' } },
        })
      ).totalDocs,
    ).toBe(1)

    expect((await call(`requests/${id}.json`)).status).toBe(404)
    const own = await call(`requests/${id}.json?verifier=${verifier}`)
    expect(own.status).toBe(200)
    expect(own.body[0]).toMatchObject({
      service_request_id: id,
      status: 'open',
      agency_responsible: expect.any(String),
    })
  })

  it('takes a traffic violation with a photo uploaded through the gateway first', async () => {
    // A 1×1 PNG: enough for the upload route to sniff, re-encode and store.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    )
    const form = new FormData()
    form.append('files', new Blob([new Uint8Array(png)], { type: 'image/png' }), `${SECRET.fullName}.png`)
    const upload = await fetch(stack.gatewayUrl.replace(/\/graphql$/, '/attachments'), { method: 'POST', body: form })
    const uploadText = await upload.text()
    bodies.push(uploadText)
    expect(upload.status).toBe(201)
    const [attachment] = (JSON.parse(uploadText) as { attachments: { id: string; kind: string }[] }).attachments
    expect(attachment).toMatchObject({ kind: 'IMAGE' })

    const created = await call('requests.json', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        service_code: 'TRAFFIC_VIOLATION',
        jurisdiction_id: '00004',
        description: 'Xe máy đi ngược chiều trên phố Kim Mã.',
        attribute: { vehicle_plate: '29B1-123.45', occurred_at: new Date(Date.now() - 600_000).toISOString() },
        attachment_ids: [attachment!.id],
        ...withIdentity,
      }),
    })
    expect(created.status).toBe(201)
    const { docs } = await stack.payload.find({
      collection: 'reports',
      where: { trackingCode: { equals: created.body[0].service_request_id } },
      depth: 0,
    })
    expect(docs[0]).toMatchObject({ type: 'TRAFFIC_VIOLATION', vehiclePlate: '29B1-123.45' })
    expect(docs[0]!.attachments).toHaveLength(1)
  })

  it('refuses bad input with Open311 errors and HTTP 400/404, never 500', async () => {
    const invalid = await submitForm({ service_code: 'TRAFFIC_VIOLATION', jurisdiction_id: '00004', description: '' })
    expect(invalid.status).toBe(400)
    expect(invalid.body).toEqual(
      expect.arrayContaining([{ code: 400, description: expect.stringMatching(/^description: /) }]),
    )
    expect((await submitForm({ service_code: 'POTHOLE', jurisdiction_id: '00004' })).status).toBe(404)
    expect((await call('requests/GT-ZZZZZ-ZZZZZ.json')).body).toEqual([{ code: 404, description: expect.any(String) }])
  })

  it('leaks no personal detail through services, the requests list, a request by id or any public GraphQL operation', async () => {
    const tip = await submitForm({
      service_code: 'CRIME_TIP',
      jurisdiction_id: '00004',
      description: 'Tin báo có người tàng trữ pháo nổ.',
      ...withIdentity,
    })
    const order = await submitForm({
      service_code: 'PUBLIC_ORDER',
      jurisdiction_id: '00004',
      description: 'Quán hát karaoke gây ồn sau 23 giờ.',
      ...withIdentity,
    })
    const viaGraphQL = await graphql(
      `
        mutation ($input: SubmitReportInput!) {
          submitReport(input: $input) {
            trackingCode
            verifier
          }
        }
      `,
      {
        input: {
          type: 'ADMIN_FEEDBACK',
          localityCode: '00004',
          content: 'Đề nghị công khai lịch tiếp công dân.',
          reporter: { name: SECRET.fullName, phone: SECRET.phone, email: SECRET.email, idNumber: SECRET.idNumber },
        },
      },
    )
    const all = [
      ...submitted,
      { id: tip.body[0].service_request_id, verifier: tip.body[0].verifier },
      { id: order.body[0].service_request_id, verifier: order.body[0].verifier },
      { id: viaGraphQL.data.submitReport.trackingCode, verifier: viaGraphQL.data.submitReport.verifier },
    ]
    for (const { id } of all) await answerAndPublish(id)

    const listed = await call('requests.json')
    // Published and answered: listed; the crime tip never is.
    expect(listed.body.map((r: { service_request_id: string }) => r.service_request_id).sort()).toEqual(
      [all[0]!.id, all[2]!.id, all[3]!.id].sort(),
    )
    for (const path of [
      'services.json',
      'services/CRIME_TIP.json',
      'services/TRAFFIC_VIOLATION.json',
      'requests.json?service_code=CRIME_TIP',
      'requests.json?jurisdiction_id=01&status=closed',
      `requests.json?service_request_id=${all.map((r) => r.id).join(',')}`,
    ]) {
      expect((await call(path)).status).toBe(200)
    }
    for (const { id, verifier } of all) {
      await call(`requests/${id}.json`)
      expect((await call(`requests/${id}.json?verifier=${verifier}`)).status).toBe(200)
      expect((await call(`requests/${id}.json?verifier=${encodeURIComponent(SECRET.phone)}`)).status).toBe(200)
      await graphql(
        `
          query ($c: ID!, $v: String!) {
            report(trackingCode: $c, verifier: $v) {
              trackingCode
              status
              title
              answer
              timeline {
                status
                note
              }
              unit {
                id
                name
              }
            }
          }
        `,
        { c: id, v: verifier },
      )
    }
    await graphql(`
      {
        publicReports(localityCode: "00004") {
          edges {
            node {
              trackingCode
              title
              answer
              timeline {
                note
              }
              unit {
                name
              }
            }
          }
        }
      }
    `)
    await graphql(`
      {
        locality(code: "00004") {
          reportStats {
            received
            resolved
          }
        }
      }
    `)

    // The stored reports do hold the details, so their absence above means something.
    const stored = await stack.payload.find({ collection: 'reports', where: { trackingCode: { equals: all[3]!.id } } })
    expect(JSON.stringify(stored.docs[0]!.reporter)).toContain(SECRET.fullName)
    const everything = bodies.join('\n')
    expect(everything).toContain(all[0]!.id)
    for (const detail of PERSONAL) expect(everything).not.toContain(detail)
  })
})
