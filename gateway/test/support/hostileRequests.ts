/** One abusive request: what is sent, and which kind of abuse it is (for failure messages). */
export type HostileRequest = {
  kind: string
  method: string
  path?: string
  headers: Record<string, string>
  body?: string | Buffer
}

/** A small seeded generator, so a failing case can be reproduced from the test output. */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0
    return state / 2 ** 32
  }
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T,
  }
}

const JSON_HEADERS = { 'content-type': 'application/json' }
const VALID_QUERIES = [
  'query Home($code: ID!) { locality(code: $code) { code name reportStats { received } } }',
  '{ localities(first: 2) { code name } }',
  'query Since($since: DateTime!) { reportsSince(since: $since) }',
  'mutation Exchange($t: String!) { exchangeZaloToken(accessToken: $t) { token } }',
]

const post = (kind: string, body: unknown, headers: Record<string, string> = JSON_HEADERS): HostileRequest => ({
  kind,
  method: 'POST',
  headers,
  body: typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body),
})

function nestedInlineFragments(depth: number): string {
  return `{ ${'... on Query { '.repeat(depth)}__typename${' }'.repeat(depth)} }`
}

function deepSelection(depth: number): string {
  // Locality has no self-reference in the test graph: the depth is built from inline fragments on it.
  return `{ locality(code: "01") { ${'... on Locality { '.repeat(depth)}name${' }'.repeat(depth)} } }`
}

function fragmentBomb(levels: number): string {
  const fragments = Array.from(
    { length: levels },
    (_, i) => `fragment F${i} on Locality { ${i + 1 < levels ? `...F${i + 1} ...F${i + 1}` : 'name code'} }`,
  )
  return `{ locality(code: "01") { ...F0 } } ${fragments.join(' ')}`
}

/** At least `count` abusive requests, cycling through every kind with random variations. */
export function hostileRequests(count: number, seed = 20261125): HostileRequest[] {
  const random = seededRandom(seed)
  const makers: ((i: number) => HostileRequest)[] = [
    // Broken JSON: a valid body cut anywhere, or with a byte flipped.
    () => {
      const valid = JSON.stringify({ query: random.pick(VALID_QUERIES), variables: { code: '01' } })
      return post('broken JSON', valid.slice(0, random.int(valid.length)))
    },
    () => {
      const valid = Buffer.from(JSON.stringify({ query: random.pick(VALID_QUERIES) }))
      valid[random.int(valid.length)] = random.int(256)
      return post('corrupted JSON', valid)
    },
    // Syntax errors: a valid query cut anywhere or with stray punctuation.
    () => {
      const query = random.pick(VALID_QUERIES)
      return post('broken syntax', {
        query: query.slice(0, random.int(query.length)) + random.pick(['', '{', '}}', '$', '@', '"']),
      })
    },
    // Wrong variable types.
    () =>
      post('wrong variable types', {
        query: random.pick(VALID_QUERIES),
        variables: random.pick([
          { code: 123 },
          { code: { $gt: '' } },
          { code: null },
          { since: 'hôm qua' },
          { since: 1e308 },
          { t: ['a'] },
          { code: true, since: {}, t: 7 },
          [],
          'variables',
        ]),
      }),
    // Deep nesting, alias and fragment bombs, directive floods.
    () => post('deep nesting', { query: deepSelection(20 + random.int(200)) }),
    () => post('deep inline fragments', { query: nestedInlineFragments(50 + random.int(500)) }),
    () =>
      post('alias bomb', {
        query: `{ ${Array.from({ length: 20 + random.int(2000) }, (_, i) => `a${i}: locality(code: "01") { name }`).join(' ')} }`,
      }),
    () => post('fragment bomb', { query: fragmentBomb(5 + random.int(30)) }),
    () => post('cyclic fragments', { query: '{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }' }),
    () => post('directive flood', { query: `{ __typename ${'@skip(if: false) '.repeat(10 + random.int(500))}}` }),
    () =>
      post('cost bomb', {
        query: 'query ($n: Int!) { localities(first: $n) { code name reportStats { received } } }',
        variables: { n: random.pick([2 ** 31 - 1, 1e6, -1, 0]) },
      }),
    // Huge strings: in variables, in the query text, in headers.
    () =>
      post('huge variable', { query: VALID_QUERIES[0], variables: { code: 'x'.repeat(50_000 + random.int(200_000)) } }),
    () => post('huge literal', { query: `{ locality(code: "${'đ'.repeat(10_000 + random.int(60_000))}") { name } }` }),
    () => ({
      ...post('huge request id', { query: VALID_QUERIES[1] }),
      headers: { ...JSON_HEADERS, 'x-request-id': 'r'.repeat(8_000) },
    }),
    // Invalid UTF-8 in the body and in strings.
    () =>
      post(
        'invalid UTF-8',
        Buffer.concat([
          Buffer.from('{"query":"{ locality(code: \\"'),
          Buffer.from([0xc3, 0x28, 0xa0, 0xa1, 0xff, 0xfe]),
          Buffer.from('\\") { name } }"}'),
        ]),
      ),
    () => post('lone surrogate', '{"query":"{ locality(code: \\"\\ud800\\") { name } }"}'),
    // Mutations over GET, odd methods, content types and paths.
    () => ({
      kind: 'mutation over GET',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent(VALID_QUERIES[3]!)}&variables=${encodeURIComponent('{"t":"x"}')}`,
      headers: { 'apollo-require-preflight': 'true' },
    }),
    () => ({
      kind: 'GET without preflight',
      method: 'GET',
      path: `/graphql?query=${encodeURIComponent('{ __typename }')}`,
      headers: {},
    }),
    () => ({
      kind: 'GET with broken variables',
      method: 'GET',
      path: '/graphql?query=%7B__typename%7D&variables=%7B%22a',
      headers: { 'apollo-require-preflight': 'true' },
    }),
    () => ({
      kind: 'odd method',
      method: random.pick(['PUT', 'DELETE', 'PATCH']),
      headers: JSON_HEADERS,
      body: '{"query":"{ __typename }"}',
    }),
    () => post('form content type', 'query={__typename}', { 'content-type': 'application/x-www-form-urlencoded' }),
    () => post('text content type', '{"query":"{ __typename }"}', { 'content-type': 'text/plain' }),
    () =>
      post(
        'non-object body',
        random.pick(['null', '42', '"query"', 'true', '[]', '[[]]', '{}', '{"query":7}', '{"query":null}']),
      ),
    () => ({
      ...post('unknown path', { query: '{ __typename }' }),
      path: random.pick(['/graphql/../admin', '/%00', '/graphql%2F', '/metrics?x=' + 'y'.repeat(5_000)]),
    }),
    // Batches: too many operations, or broken ones inside.
    () =>
      post(
        'oversized batch',
        Array.from({ length: 11 + random.int(500) }, () => ({ query: VALID_QUERIES[1] })),
      ),
    () => post('batch of garbage', [{ query: '{' }, 42, null, { query: VALID_QUERIES[0], variables: { code: 1 } }]),
    // Bad credentials.
    () => ({
      ...post('bad token', { query: VALID_QUERIES[1] }),
      headers: {
        ...JSON_HEADERS,
        authorization: random.pick(['Bearer ', 'Bearer a.b.c', 'JWT ' + 'x'.repeat(5_000), 'Basic Og==']),
      },
    }),
    () => ({
      ...post('forged claims header', { query: VALID_QUERIES[1] }),
      headers: { ...JSON_HEADERS, 'x-caunoi-claims': 'e30.AAAA' },
    }),
    () =>
      post('persisted query with wrong hash', {
        extensions: { persistedQuery: { version: 1, sha256Hash: 'ff'.repeat(32) } },
        query: '{ __typename }',
      }),
    () =>
      post('unknown persisted query version', { extensions: { persistedQuery: { version: 99, sha256Hash: 'zz' } } }),
  ]
  return Array.from({ length: count }, (_, i) => makers[i % makers.length]!(i))
}
