import fc from 'fast-check'
import { sometimesBrokenOff } from './framing.ts'
import { bytes, type FuzzRequest } from '../fuzzRequest.ts'
import { brokenJson, oddJson, oddText, pickWeighted, urlPart } from './values.ts'

const PREFIX = '/open311/v2/'

const serviceCode = fc.oneof(
  fc.constantFrom('ADMIN_FEEDBACK', 'CRIME_TIP', 'TRAFFIC_VIOLATION', 'PUBLIC_ORDER', 'admin_feedback', 'X'),
  oddText(20),
)

/** Named values of a service request, right and wrong, as form fields or JSON members. */
const requestFields = fc.record(
  {
    service_code: serviceCode,
    locality_code: fc.oneof(fc.constantFrom('01', '00004', '34', '99999'), oddText(12)),
    jurisdiction_id: oddText(12),
    description: fc.oneof(fc.constant('Đèn tín hiệu giao thông ở ngã tư bị hỏng từ sáng nay.'), oddText(300)),
    lat: fc.oneof(fc.double().map(String), oddText(10)),
    long: fc.oneof(fc.double().map(String), oddText(10)),
    address_string: oddText(100),
    first_name: oddText(20),
    last_name: oddText(20),
    phone: fc.oneof(fc.constantFrom('0912345678', '+84912345678', '12'), oddText(20)),
    email: fc.oneof(fc.constant('nguoi.dan@example.vn'), oddText(30)),
    media_url: fc.oneof(fc.webUrl(), oddText(30)),
    'attribute[anonymous]': fc.constantFrom('true', 'false', 'yes', ''),
    'attribute[vehicle_plate]': fc.oneof(fc.constant('30A-123.45'), oddText(15)),
    'attribute[occurred_at]': fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      oddText(20),
    ),
    attachment_ids: fc.oneof(fc.constantFrom('1', '1,2,3', 'abc'), oddText(40)),
    idempotency_key: oddText(80),
  },
  { requiredKeys: [] },
)

/** A header value keeps to printable ASCII (anything else would break the request line, not test the route). */
const printable = (value: string) => [...value].map((c) => (c < ' ' || c > '~' ? '?' : c)).join('')

const base = (kind: string, method: string, path: string): FuzzRequest => ({
  door: 'open311',
  kind: `open311.${kind}`,
  target: 'gateway',
  method,
  path,
  headers: [],
  body: new Uint8Array(),
})

const form = (fields: Record<string, string>, raw: boolean) =>
  Object.entries(fields)
    .map(([key, value]) => `${urlPart(key, raw)}=${urlPart(value, raw)}`)
    .join('&')

/** POST requests.json as a form or as JSON (with wrong types in it), mislabelled or too large. */
const create = fc
  .tuple(
    requestFields,
    fc.constantFrom('form', 'formRaw', 'json', 'jsonOdd', 'brokenJson', 'huge', 'mislabelled'),
    oddJson(),
    brokenJson(),
    fc.option(oddText(60), { nil: undefined }),
  )
  .map(([fields, encoding, odd, broken, idempotencyKey]) => {
    const request = base(`create.${encoding}`, 'POST', `${PREFIX}requests.json`)
    const json = (body: string): FuzzRequest => ({
      ...request,
      headers: [['content-type', 'application/json']],
      body: bytes(body),
    })
    const withKey = (r: FuzzRequest): FuzzRequest =>
      idempotencyKey === undefined
        ? r
        : {
            ...r,
            headers: [...r.headers, ['idempotency-key', printable(idempotencyKey)]],
          }
    switch (encoding) {
      case 'json':
        return withKey(json(JSON.stringify(fields)))
      case 'jsonOdd':
        return withKey(json(JSON.stringify({ ...fields, description: odd, attribute: odd, [String(odd)]: odd })))
      case 'brokenJson':
        return withKey(json(broken))
      case 'huge':
        // Past the route's 64 KB: refused before it is parsed.
        return withKey(json(JSON.stringify({ ...fields, description: 'Phản ánh '.repeat(10_000) })))
      case 'mislabelled':
        return withKey({ ...request, headers: [['content-type', 'text/xml']], body: bytes(JSON.stringify(fields)) })
      default:
        return withKey({
          ...request,
          headers: [['content-type', 'application/x-www-form-urlencoded']],
          body: bytes(form(fields, encoding === 'formRaw')),
        })
    }
  })

/** GET requests.json with filters of every kind: dates, statuses, codes, pages. */
const list = fc
  .tuple(
    fc.record(
      {
        service_code: fc.oneof(serviceCode, fc.constant('ADMIN_FEEDBACK,CRIME_TIP')),
        status: fc.constantFrom('open', 'closed', 'open,closed', 'OPEN', 'pending', ''),
        start_date: fc.oneof(
          fc.date().map((d) => (Number.isNaN(d.getTime()) ? 'Invalid' : d.toISOString())),
          oddText(20),
        ),
        end_date: fc.oneof(fc.constant('2020-01-01T00:00:00Z'), oddText(20)),
        service_request_id: fc.oneof(fc.constantFrom('PA-2026-0001', 'a,b,c'), oddText(40)),
        locality_code: oddText(10),
        jurisdiction_id: oddText(10),
        page: fc.oneof(fc.integer().map(String), oddText(8)),
        page_size: fc.oneof(fc.integer().map(String), fc.constant('100000')),
      },
      { requiredKeys: [] },
    ),
    fc.boolean(),
  )
  .map(([params, raw]) => base('list', 'GET', `${PREFIX}requests.json?${form(params, raw)}`))

/** GET requests/{id}.json with odd ids and verifiers (broken percent-encoding included). */
const show = fc
  .tuple(
    fc.oneof(fc.constantFrom('PA-2026-0001', '%E0%A4%A', '%', '..%2F..%2Fetc'), oddText(40)),
    oddText(30),
    fc.boolean(),
  )
  .map(([id, verifier, raw]) =>
    base('show', 'GET', `${PREFIX}requests/${urlPart(id, raw)}.json?verifier=${urlPart(verifier, raw)}`),
  )

const definitions = fc
  .oneof(
    serviceCode.map((code) => `services/${urlPart(code, true)}.json`),
    fc.constant('services.json'),
  )
  .map((path) => base('services', 'GET', `${PREFIX}${path}`))

/** Paths and methods Open311 does not have. */
const elsewhere = fc
  .tuple(
    fc.constantFrom('GET', 'PUT', 'DELETE', 'PATCH', 'POST', 'OPTIONS'),
    fc.oneof(
      fc.constantFrom(
        '',
        'requests.xml',
        'services.json/',
        '../../graphql',
        '%2e%2e/%2e%2e/health',
        'requests/.json',
        'discovery.json',
      ),
      oddText(30).map((path) => urlPart(path, true)),
    ),
  )
  .map(([method, path]) => base('elsewhere', method, `${PREFIX}${path}`))

export const open311Requests: fc.Arbitrary<FuzzRequest> = sometimesBrokenOff(
  pickWeighted<FuzzRequest>([6, create], [3, list], [2, show], [1, definitions], [1, elsewhere]),
)
