import { describe, expect, it } from '@jest/globals'
import { checkSubgraph, CompositionError, readSubgraphs } from '../src/index.ts'
import { subgraph, withoutRootField } from './subgraphFactories.ts'

const current = readSubgraphs()

const educationMinistry = (sdl: string) => subgraph('education', sdl)

describe('checkSubgraph', () => {
  it("accepts an education ministry's subgraph that adds admission dossiers to localities", () => {
    const proposed = educationMinistry(`
      type Query { admissionDossier(code: ID!, verifier: String!): AdmissionDossier }
      "Hồ sơ tuyển sinh"
      type AdmissionDossier @key(fields: "code") {
        code: ID!
        school: String!
        status: String!
        locality: Locality!
      }
      type Locality @key(fields: "code") {
        code: ID!
        admissionDossierCount: Int!
      }`)

    const check = checkSubgraph({ current, proposed })

    expect(check).toMatchObject({ ok: true, compositionErrors: [], breakingChanges: [] })
    expect(check.replaces).toBeUndefined()
  })

  it('reports a partner that redefines a content type as composition errors naming both subgraphs', () => {
    const proposed = educationMinistry(`
      type Query { schools: [String!]! }
      type Hotline { name: String! number: Int! }`)

    const check = checkSubgraph({ current, proposed })

    expect(check.ok).toBe(false)
    expect(check.compositionErrors).toContainEqual(
      expect.objectContaining({ code: 'FIELD_TYPE_MISMATCH', subgraphs: ['content', 'education'] }),
    )
  })

  it('flags a partner that narrows the shared SubmitReportInput as breaking the public API', () => {
    // Composition keeps only the input fields every subgraph defines, so this silently drops citizens' fields.
    const proposed = educationMinistry(`
      type Query { schools: [String!]! }
      type Mutation { reportEnrolmentFraud(input: SubmitReportInput!): Boolean! }
      enum ReportType { ADMIN_FEEDBACK CRIME_TIP TRAFFIC_VIOLATION PUBLIC_ORDER }
      input SubmitReportInput { type: ReportType! localityCode: ID! content: String! }`)

    const check = checkSubgraph({ current, proposed })

    expect(check.ok).toBe(false)
    expect(check.compositionErrors).toEqual([])
    expect(check.breakingChanges).toContainEqual({
      type: 'FIELD_REMOVED',
      description: 'SubmitReportInput.vehiclePlate was removed.',
    })
    expect(check.hints).toContainEqual(expect.objectContaining({ code: 'INCONSISTENT_INPUT_OBJECT_FIELD' }))
  })

  it('flags a new version of a first-party subgraph that removes a contract query as breaking', () => {
    const reports = current.find((candidate) => candidate.name === 'reports')
    if (!reports) throw new Error('the reports subgraph is not in FIRST_PARTY_SUBGRAPHS')

    const check = checkSubgraph({ current, proposed: withoutRootField(reports, 'Query', 'report') })

    expect(check.replaces).toBe('reports')
    expect(check.ok).toBe(false)
    expect(check.breakingChanges).toContainEqual({ type: 'FIELD_REMOVED', description: 'Query.report was removed.' })
  })

  it('throws when the current subgraphs themselves do not compose', () => {
    const broken = [...current, subgraph('broken', 'type Query { x: Missing }')]
    expect(() =>
      checkSubgraph({ current: broken, proposed: educationMinistry('type Query { schools: [String!]! }') }),
    ).toThrow(CompositionError)
  })
})
