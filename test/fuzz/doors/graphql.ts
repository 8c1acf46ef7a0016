import fc from 'fast-check'
import { sometimesBrokenOff } from './framing.ts'
import { bytes, type FuzzRequest } from '../fuzzRequest.ts'
import { brokenOperation, deepOperation, schemaOperation, wideOperation } from './graphqlOperations.ts'
import { brokenJson, hugeText, oddJson, oddText, pickWeighted, urlPart } from './values.ts'

type Operation = { query?: unknown; variables?: unknown; operationName?: unknown; extensions?: unknown }

const hash = fc.oneof(
  fc.stringMatching(/^[0-9a-f]{64}$/),
  oddText(70),
  fc.constantFrom('', 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38'),
)

type Kinded = [kind: string, operation: Operation]

const kinded = (kind: string, arbitrary: fc.Arbitrary<Operation>) => arbitrary.map((op): Kinded => [kind, op])

/** Any operation body a client might send, from the schema's own to malformed ones, named by its kind. */
const kindedOperation: fc.Arbitrary<Kinded> = pickWeighted<Kinded>(
  [16, kinded('schema', schemaOperation())],
  [
    4,
    kinded(
      'broken',
      brokenOperation().map((query) => ({ query })),
    ),
  ],
  [
    2,
    kinded(
      'deep',
      deepOperation().map((query) => ({ query })),
    ),
  ],
  [
    2,
    kinded(
      'wide',
      wideOperation().map((query) => ({ query })),
    ),
  ],
  [
    1,
    kinded(
      'hugeString',
      hugeText().map((text) => ({ query: `{ searchHelp(q: ${JSON.stringify(text)}) { title } }` })),
    ),
  ],
  [
    1,
    kinded(
      'hugeVariables',
      schemaOperation().map((op) => ({ ...op, variables: { ...op.variables, big: 'x'.repeat(150_000) } })),
    ),
  ],
  [
    2,
    kinded(
      'oddShape',
      fc.record({ query: oddJson(), variables: oddJson(), operationName: oddJson() }, { requiredKeys: [] }),
    ),
  ],
  [
    2,
    kinded(
      'persisted',
      fc.record({
        query: fc.option(
          schemaOperation().map((op) => op.query),
          { nil: undefined },
        ),
        extensions: fc.oneof(
          fc.record({ persistedQuery: fc.record({ version: fc.oneof(fc.constant(1), oddJson()), sha256Hash: hash }) }),
          oddJson(),
        ),
      }),
    ),
  ],
  [
    1,
    kinded(
      'operationName',
      schemaOperation().map((op) => ({ ...op, operationName: 'Khác' })),
    ),
  ],
)

const operation = kindedOperation.map(([, op]) => op)

const jsonHeaders: [string, string][] = [['content-type', 'application/json']]

const postJson = (body: string, headers = jsonHeaders): FuzzRequest => ({
  door: 'graphql',
  kind: 'graphql.post',
  target: 'gateway',
  method: 'POST',
  path: '/graphql',
  headers,
  body: bytes(body),
})

const post = kindedOperation.map(([kind, op]) => ({ ...postJson(JSON.stringify(op)), kind: `graphql.post.${kind}` }))

const batch = fc
  .array(operation, { minLength: 0, maxLength: 14 })
  .map((ops) => ({ ...postJson(JSON.stringify(ops)), kind: 'graphql.batch' }))

const broken = brokenJson().map((text) => ({ ...postJson(text), kind: 'graphql.brokenJson' }))

/** A good body under a content type that does not match it (CSRF prevention, parsers). */
const mislabelled = fc
  .tuple(
    schemaOperation(),
    fc.constantFrom(
      'text/plain',
      'application/graphql',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/json; charset=latin1',
      'application/json; charset=utf-16',
      '',
      'application/json, text/plain',
    ),
  )
  .map(([op, type]) => ({
    ...postJson(JSON.stringify(op), type === '' ? [] : [['content-type', type]]),
    kind: 'graphql.mislabelled',
  }))

/** Operations as a GET query string (how cached reads are sent), with odd or broken parameters. */
const get = fc
  .tuple(kindedOperation, fc.boolean(), fc.boolean(), fc.option(brokenJson(), { nil: undefined }))
  .map(([[kind, op], raw, preflight, badVariables]): FuzzRequest => {
    const params: string[] = []
    if (op.query !== undefined) params.push(`query=${urlPart(String(op.query).slice(0, 6000), raw)}`)
    if (badVariables !== undefined) params.push(`variables=${urlPart(badVariables.slice(0, 2000), raw)}`)
    else if (op.variables !== undefined) params.push(`variables=${urlPart(JSON.stringify(op.variables) ?? '', raw)}`)
    if (op.extensions !== undefined) params.push(`extensions=${urlPart(JSON.stringify(op.extensions) ?? '', raw)}`)
    return {
      door: 'graphql',
      kind: `graphql.get.${kind}`,
      target: 'gateway',
      method: 'GET',
      path: `/graphql?${params.join('&')}`,
      headers: preflight ? [['apollo-require-preflight', 'true']] : [],
      body: new Uint8Array(),
    }
  })

/** Odd methods and headers on the endpoint itself. */
const oddMethod = fc
  .tuple(fc.constantFrom('PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD', 'TRACE', 'FOO'), schemaOperation(), oddText(40))
  .map(([method, op, header]) => ({
    ...postJson(JSON.stringify(op), [
      ['content-type', 'application/json'],
      ['origin', 'https://evil.example'],
      ['authorization', `Bearer ${Buffer.from(header).toString('base64')}`],
    ]),
    method,
    kind: 'graphql.oddMethod',
  }))

export const graphqlRequests: fc.Arbitrary<FuzzRequest> = sometimesBrokenOff(
  pickWeighted<FuzzRequest>([10, post], [3, get], [2, batch], [2, broken], [1, mislabelled], [1, oddMethod]),
)
