/** The three operations measured, with the variables they are sent with. */
export const BENCH_OPERATIONS = [
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
    query: `query ProcedureDetail($code: ID!, $localityCode: ID) {
  procedure(code: $code, localityCode: $localityCode) {
    code title fieldName summary fees processingTime requiredDocuments { name copies } localities { code name }
  }
}`,
    variables: { code: '1.004194', localityCode: '01' },
  },
  {
    name: 'procedure search',
    subgraphs: 'content',
    query: `query SearchProcedures($q: String!) {
  procedures(search: $q, first: 10) { totalCount edges { node { code title } } }
}`,
    variables: { q: 'tam tru' },
  },
] as const
