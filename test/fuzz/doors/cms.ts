import fc from 'fast-check'
import { bytes, type FuzzRequest } from '../fuzzRequest.ts'
import { brokenJson, oddJson, oddText, pickWeighted, urlPart } from './values.ts'

/** Filled in by the run: a super-admin's token, so reads also run with the widest access. */
export const ADMIN_TOKEN_PLACEHOLDER = '{{adminToken}}'
export const ADMIN_EMAIL = 'admin@caunoi.local'

const COLLECTIONS = [
  'articles',
  'dossiers',
  'handbookEntries',
  'hotlines',
  'localities',
  'media',
  'partnerSystems',
  'patrolSchedules',
  'personalDataAccessLog',
  'procedures',
  'questions',
  'quizAttempts',
  'quizzes',
  'ratings',
  'reportAttachments',
  'reports',
  'units',
  'users',
  'nope',
]
const FIELDS = [
  'id',
  'title',
  'slug',
  'code',
  'name',
  'email',
  'role',
  'status',
  'locality',
  'unit.name',
  'createdAt',
  '_status',
  'password',
  'hash',
]
const OPERATORS = [
  'equals',
  'not_equals',
  'like',
  'contains',
  'in',
  'not_in',
  'exists',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
  'all',
  'bogus',
]

const collection = fc.constantFrom(...COLLECTIONS)

/** `where` in Payload's bracket syntax: nested and/or, odd operators and paths, values of any kind. */
const where: fc.Arbitrary<string[]> = fc.letrec<{ clause: string[] }>((tie) => ({
  clause: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc
      .tuple(
        fc.oneof(fc.constantFrom(...FIELDS), oddText(20)),
        fc.constantFrom(...OPERATORS),
        oddText(40),
        fc.boolean(),
      )
      .map(([field, operator, value, raw]) => [`[${urlPart(field, raw)}][${operator}]=${urlPart(value, raw)}`]),
    fc
      .tuple(fc.constantFrom('and', 'or', 'AND'), fc.array(tie('clause'), { maxLength: 3 }))
      .map(([joiner, clauses]) => clauses.flatMap((parts, i) => parts.map((part) => `[${joiner}][${i}]${part}`))),
  ),
})).clause

const number = fc.oneof(
  fc.integer({ min: -10, max: 1000 }).map(String),
  fc.constantFrom('1e9', 'abc', '-0', '0x10', '', '99999999999999999999'),
)

const query = fc
  .record(
    {
      where,
      depth: number,
      limit: number,
      page: number,
      sort: fc.oneof(fc.constantFrom(...FIELDS, '-createdAt', '-', ',', 'title,-id'), oddText(20)),
      locale: fc.constantFrom('vi', 'en', 'all', '*', ''),
      draft: fc.constantFrom('true', 'false', 'x'),
      select: fc.constantFrom('[title]=true', '[password]=true', '[x][y][z]=1'),
      populate: fc.constantFrom('[units][name]=true', '[nope]=1'),
      trash: fc.constantFrom('true', 'x'),
    },
    { requiredKeys: [] },
  )
  .map((params) =>
    Object.entries(params)
      .flatMap(([name, value]) =>
        name === 'where'
          ? (value as string[]).map((part) => `where${part}`)
          : [`${name}${String(value).startsWith('[') ? '' : '='}${value}`],
      )
      .join('&'),
  )

const auth = fc.constantFrom<[string, string][]>(
  [],
  [],
  [['authorization', `JWT ${ADMIN_TOKEN_PLACEHOLDER}`]],
  [['authorization', 'JWT abc.def.ghi']],
  [['cookie', 'payload-token=abc']],
)

const base = (kind: string, method: string, path: string, headers: [string, string][] = []): FuzzRequest => ({
  door: 'cms',
  kind: `cms.${kind}`,
  target: 'cms',
  method,
  path,
  headers,
  body: new Uint8Array(),
})

/** GET /api/<collection>, /api/<collection>/versions and /api/<collection>/<id> with odd query strings. */
const reads = fc
  .tuple(
    collection,
    fc.constantFrom('', '/versions', '/count', '/1', '/abc', '/%00', '/versions/1', '/me', '/access'),
    query,
    auth,
  )
  .map(([slug, suffix, search, headers]) => base('read', 'GET', `/api/${slug}${suffix}?${search}`, headers))

/** Files of the upload collections, with traversal and odd names. */
const files = fc
  .tuple(
    fc.constantFrom('media', 'reportAttachments', 'users'),
    fc.oneof(
      fc.constantFrom(
        '..%2F..%2Fpackage.json',
        '../../etc/passwd',
        '%00.png',
        'a.png',
        '....//....//x',
        '%2e%2e%5c%2e%2e%5cx',
      ),
      oddText(60).map((n) => urlPart(n)),
    ),
    auth,
  )
  .map(([slug, name, headers]) => base('file', 'GET', `/api/${slug}/file/${name}`, headers))

const loginBody = fc.oneof(
  fc
    .record({ email: fc.oneof(fc.constant(ADMIN_EMAIL), oddText(40)), password: oddText(40) })
    .map((b) => JSON.stringify(b)),
  fc.record({ email: oddJson(), password: oddJson() }, { requiredKeys: [] }).map((b) => JSON.stringify(b)),
  oddJson().map((b) => JSON.stringify(b) ?? ''),
  brokenJson(),
  fc.constant(JSON.stringify({ email: `${'a'.repeat(100_000)}@x.vn`, password: 'x'.repeat(100_000) })),
)

/** POST /api/users/login with odd bodies under odd content types (wrong passwords lock accounts: a 4xx). */
const login = fc
  .tuple(
    loginBody,
    fc.constantFrom(
      'application/json',
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
      '',
    ),
  )
  .map(([text, type]) => ({
    ...base('login', 'POST', '/api/users/login', type ? [['content-type', type]] : []),
    body: bytes(text),
  }))

/** Writes without a session, and odd methods: refused, never a 500. */
const writes = fc
  .tuple(
    collection,
    fc.constantFrom('POST', 'PATCH', 'DELETE', 'PUT'),
    fc.constantFrom('', '/1', '/abc', `?where[id][exists]=true`),
    oddJson(),
    fc.constantFrom('application/json', 'multipart/form-data; boundary=x', ''),
  )
  .map(([slug, method, suffix, value, type]) => ({
    ...base('write', method, `/api/${slug}${suffix}`, type ? [['content-type', type]] : []),
    body: bytes(JSON.stringify(value) ?? ''),
  }))

/** Paths the REST API does not serve, and its auth endpoints with odd input. */
const other = fc
  .tuple(
    fc.constantFrom(
      '/api',
      '/api/',
      '/api/graphql',
      '/api/users/refresh-token',
      '/api/users/forgot-password',
      '/api/users/unlock',
      '/api/users/reset-password',
      '/api/users/verify/abc',
      '/api/users/first-register',
      '/api/globals/x',
      '/api/../api/users',
      '/api/%2e%2e/%2e%2e/etc',
    ),
    fc.constantFrom('GET', 'POST'),
    oddJson(),
  )
  .map(([path, method, value]) => ({
    ...base('other', method, path, [['content-type', 'application/json']]),
    body: bytes(method === 'POST' ? (JSON.stringify(value) ?? '') : ''),
  }))

// Always honestly framed: here the REST API is served by the suite's node:http adapter
// (serveCmsRestApi), not by Next.js, so a body cut short would test the adapter, not the CMS.
export const cmsRequests: fc.Arbitrary<FuzzRequest> = pickWeighted<FuzzRequest>(
  [8, reads],
  [2, files],
  [3, login],
  [2, writes],
  [1, other],
)
