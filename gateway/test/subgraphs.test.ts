import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '@caunoi/platform'
import { readSupergraph } from '@caunoi/schema'
import { listSubgraphs, subgraphEnvName } from '../src/index.ts'
import { unmatchedOverrides } from '../src/subgraphs.ts'
import { composeTestSupergraph } from './support/testSubgraphs.ts'

const typeDefs = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
  type Query {
    ping: String
  }
`
const onlyContentTypeDefs = typeDefs.replace('ping', 'hello')

const supergraphSdl = composeTestSupergraph([
  { name: 'content', url: 'http://localhost:4001/graphql', typeDefs },
  { name: 'partner-edu', url: 'http://localhost:4010/graphql', typeDefs: onlyContentTypeDefs },
])

describe('listSubgraphs', () => {
  it('lists the subgraphs of the supergraph with the URLs recorded at composition', () => {
    expect(listSubgraphs(supergraphSdl)).toEqual([
      { name: 'content', url: 'http://localhost:4001/graphql' },
      { name: 'partner-edu', url: 'http://localhost:4010/graphql' },
    ])
  })

  it('prefers a configured URL, matching names as environment variables spell them', () => {
    const subgraphs = listSubgraphs(supergraphSdl, {
      CONTENT: 'http://content:4001/graphql',
      partner_edu: 'https://edu.example.vn/graphql',
    })

    expect(subgraphs).toEqual([
      { name: 'content', url: 'http://content:4001/graphql' },
      { name: 'partner-edu', url: 'https://edu.example.vn/graphql' },
    ])
  })

  it('reports overrides that name no subgraph, which are usually typos', () => {
    const overrides = { contnet: 'http://content:4001/graphql', content: 'http://content:4001/graphql' }

    expect(unmatchedOverrides(listSubgraphs(supergraphSdl, overrides), overrides)).toEqual(['contnet'])
  })

  it('asks for a SUBGRAPH_<NAME>_URL when the supergraph records no URL', () => {
    const withoutUrl = composeTestSupergraph([{ name: 'partner-edu', url: '', typeDefs }])

    expect(() => listSubgraphs(withoutUrl)).toThrow(ConfigError)
    expect(() => listSubgraphs(withoutUrl)).toThrow(/SUBGRAPH_PARTNER_EDU_URL/)
  })

  it('finds content and reports, at their default ports, in the committed supergraph', () => {
    expect(listSubgraphs(readSupergraph())).toEqual(
      expect.arrayContaining([
        { name: 'content', url: 'http://localhost:4001/graphql' },
        { name: 'reports', url: 'http://localhost:4002/graphql' },
      ]),
    )
  })

  it('spells a subgraph name the way its environment variable does', () => {
    expect(subgraphEnvName('partner-edu')).toBe('PARTNER_EDU')
  })
})
