import { describe, expect, it } from '@jest/globals'
import { CompositionError, composeSupergraph, tryComposeSupergraph } from '../src/index.ts'
import { subgraph } from './subgraphFactories.ts'

const content = subgraph(
  'content',
  `type Query { locality(code: ID!): Locality }
   type Locality @key(fields: "code") { code: ID! name: String! @shareable population: Int! @shareable }`,
)

function compositionError(run: () => unknown): CompositionError {
  try {
    run()
  } catch (error) {
    if (error instanceof CompositionError) return error
    throw error
  }
  throw new Error('expected composition to fail')
}

describe('composeSupergraph', () => {
  it('composes an entity extended by a second subgraph', () => {
    const reports = subgraph(
      'reports',
      `type Query { reportCount: Int! }
       type Locality @key(fields: "code") { code: ID! reportCount: Int! }`,
    )
    const { supergraphSdl, apiSchemaSdl } = composeSupergraph([content, reports])
    expect(supergraphSdl).toContain('@join__type(graph: REPORTS, key: "code")')
    expect(apiSchemaSdl).toMatch(/type Locality \{[^}]*reportCount: Int!/)
  })

  it('explains conflicting field types on a shared entity, naming both subgraphs', () => {
    const partner = { ...subgraph('partner', `type Locality @key(fields: "code") { code: ID! name: Int! @shareable }`) }
    partner.sdlPath = '/partners/education/schema.graphql'

    const error = compositionError(() => composeSupergraph([content, partner]))

    expect(error.errors).toEqual([
      expect.objectContaining({ code: 'FIELD_TYPE_MISMATCH', subgraphs: ['content', 'partner'] }),
    ])
    expect(error.message).toContain('Supergraph composition failed')
    expect(error.message).toContain('FIELD_TYPE_MISMATCH (subgraphs content, partner)')
    expect(error.message).toContain('Type of field "Locality.name" is incompatible across subgraphs')
    expect(error.message).toMatch(/at content:\d+:\d+/)
    expect(error.message).toMatch(/at partner \(.*partners\/education\/schema\.graphql:\d+:\d+\)/)
  })

  it('lists every conflict, not only the first', () => {
    const partner = subgraph(
      'partner',
      `type Locality @key(fields: "code") { code: ID! name: Int! @shareable population: String! @shareable }`,
    )
    const error = compositionError(() => composeSupergraph([content, partner]))
    expect(error.errors.map((problem) => problem.message)).toEqual([
      expect.stringContaining('"Locality.name"'),
      expect.stringContaining('"Locality.population"'),
    ])
    expect(error.message).toMatch(/^1\. FIELD_TYPE_MISMATCH/m)
    expect(error.message).toMatch(/^2\. FIELD_TYPE_MISMATCH/m)
  })

  it('names the subgraph that refers to an unknown type', () => {
    const partner = subgraph('partner', 'type Query { dossier: Dossier }')
    const error = compositionError(() => composeSupergraph([content, partner]))
    expect(error.errors).toEqual([
      expect.objectContaining({
        code: 'INVALID_GRAPHQL',
        subgraphs: ['partner'],
        message: '[partner] Unknown type Dossier',
      }),
    ])
  })

  it('names the subgraph whose SDL does not parse', () => {
    const outcome = tryComposeSupergraph([
      content,
      { name: 'partner', url: 'http://partner.test', typeDefs: 'type Query {' },
    ])
    expect(outcome).toEqual({
      ok: false,
      errors: [
        expect.objectContaining({ code: 'INVALID_GRAPHQL', subgraphs: ['partner'], locations: ['partner:1:13'] }),
      ],
    })
  })

  it('refuses two subgraphs with the same name', () => {
    const error = compositionError(() => composeSupergraph([content, content]))
    expect(error.errors).toEqual([expect.objectContaining({ code: 'DUPLICATE_SUBGRAPH_NAME', subgraphs: ['content'] })])
  })
})
