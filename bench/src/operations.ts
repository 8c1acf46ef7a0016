const PROCEDURE_CODES = ['1.004194', '1.004206', '1.004222', '1.009892', '1.011690', '1.011691', '1.012261', '2.002272']
const LOCALITY_CODES = [null, '01', '04', '33', '00004']

const PROCEDURE_DETAIL = `query ProcedureDetail($code: ID!, $localityCode: ID) {
  procedure(code: $code, localityCode: $localityCode) {
    code title fieldName summary fees processingTime requiredDocuments { name copies } localities { code name }
  }
}`

/**
 * The operations measured, with the variables they are sent with. Most send one request over and
 * over, as phones do when a warning goes out; `variants` spreads an operation over many different
 * variables (picked at random per request), where sharing identical in-flight calls helps little.
 */
export const BENCH_OPERATIONS: readonly {
  name: string
  subgraphs: string
  query: string
  variables: Record<string, unknown>
  directQuery?: string
  variants?: Record<string, unknown>[]
}[] = [
  {
    name: 'mini-app home',
    subgraphs: 'content + reports',
    query: `query MiniAppHome($code: ID!) {
  locality(code: $code) { code name hotlines { name number } reportStats { received resolved } }
  procedures(localityCode: $code, first: 10) { totalCount edges { node { code title fieldName } } }
}`,
    variables: { code: '01' },
    // The content subgraph alone cannot answer reportStats: the floor drops it.
    directQuery: `query MiniAppHome($code: ID!) {
  locality(code: $code) { code name hotlines { name number } }
  procedures(localityCode: $code, first: 10) { totalCount edges { node { code title fieldName } } }
}`,
  },
  {
    name: 'procedure detail',
    subgraphs: 'content',
    query: PROCEDURE_DETAIL,
    variables: { code: '1.004194', localityCode: '01' },
  },
  {
    name: 'procedure detail, 40 variants',
    subgraphs: 'content',
    query: PROCEDURE_DETAIL,
    variables: { code: '1.004194', localityCode: '01' },
    variants: PROCEDURE_CODES.flatMap((code) => LOCALITY_CODES.map((localityCode) => ({ code, localityCode }))),
  },
  {
    name: 'searchHelp',
    subgraphs: 'content',
    query: `query SearchHelp($q: String!, $localityCode: ID) {
  searchHelp(q: $q, localityCode: $localityCode) { kind title snippet link }
}`,
    variables: { q: 'dang ky tam tru', localityCode: '00004' },
  },
]
