import { describe, expect, it } from '@jest/globals'
import { parse, type GraphQLObjectType } from 'graphql'
import {
  composeFirstPartyFiles,
  composeSupergraph,
  readApiSchema,
  readSubgraphs,
  readSupergraph,
} from '../src/index.ts'

/** Fails with the first differing line and what to run, rather than a 300-line diff. */
function expectUpToDate(committed: string, fresh: string, file: string): void {
  if (committed === fresh) return
  const committedLines = committed.split('\n')
  const freshLines = fresh.split('\n')
  let index = 0
  while (committedLines[index] === freshLines[index]) index++
  const at = index + 1
  throw new Error(
    `schema/${file} is out of date with the subgraphs' SDL files (first difference at line ${at}:\n` +
      `  committed: ${JSON.stringify(committedLines[at - 1] ?? '<end of file>')}\n` +
      `  fresh:     ${JSON.stringify(freshLines[at - 1] ?? '<end of file>')}).\n` +
      'Run `npm run compose` (then `npm run codegen -w @caunoi/schema`) and commit the result.',
  )
}

describe('the committed supergraph', () => {
  const fresh = composeFirstPartyFiles()

  it('matches a fresh composition of the subgraph SDL files', () => {
    expectUpToDate(readSupergraph(), fresh.supergraph, 'supergraph.graphql')
  })

  it('comes with an API schema that matches a fresh composition', () => {
    expectUpToDate(readApiSchema(), fresh.apiSchema, 'api-schema.graphql')
  })

  it('points each subgraph at its local default URL', () => {
    const supergraph = readSupergraph()
    expect(supergraph).toContain('@join__graph(name: "content", url: "http://localhost:4001/graphql")')
    expect(supergraph).toContain('@join__graph(name: "reports", url: "http://localhost:4002/graphql")')
  })
})

describe('the public API schema', () => {
  const { apiSchema } = composeSupergraph(readSubgraphs())

  it('offers the contract operations clients rely on', () => {
    const queries = Object.keys(apiSchema.getQueryType()?.getFields() ?? {})
    const mutations = Object.keys(apiSchema.getMutationType()?.getFields() ?? {})
    expect(queries).toEqual(expect.arrayContaining(['locality', 'procedures', 'report']))
    expect(mutations).toContain('submitReport')
  })

  it('joins the reports statistics onto the Locality owned by content', () => {
    const locality = apiSchema.getType('Locality') as GraphQLObjectType
    expect(Object.keys(locality.getFields())).toEqual(
      expect.arrayContaining(['code', 'name', 'hotlines', 'reportStats']),
    )
  })

  it('hides the federation machinery from clients', () => {
    const printed = readApiSchema()
    expect(printed).not.toMatch(/join__|link__|@link|_Entity|_service/)
    expect(() => parse(printed)).not.toThrow()
  })
})
