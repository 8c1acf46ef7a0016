import { createLogger, type LimiterStore, type VerifierLimits } from '@caunoi/platform'
import { requestFromGateway } from '@caunoi/platform/testing'
import type { Payload } from 'payload'
import type { SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import { createReportsSubgraph, REPORTS_SUBGRAPH } from '../src/server.ts'

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }

export type Submitted = {
  trackingCode: string
  verifier: string
  report: { trackingCode: string; type: string; status: string; localityCode: string; timeline: { status: string }[] }
}

const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitReportInput!, $idempotencyKey: String) {
    submitReport(input: $input, idempotencyKey: $idempotencyKey) {
      trackingCode
      verifier
      report {
        trackingCode
        type
        status
        localityCode
        title
        createdAt
        answer
        timeline {
          status
          at
          note
        }
      }
    }
  }
`

/** Runs operations against the reports subgraph in-process, as the gateway would send them. */
export async function reportsExecutor(
  payload: Payload,
  options: { now?: () => Date; verifierLimits?: VerifierLimits; limiterStore?: LimiterStore } = {},
) {
  const { server, createContext } = createReportsSubgraph({ payload, logger: createLogger('test-reports'), ...options })
  await server.start()
  async function run<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    client = '203.0.113.10',
  ): Promise<GraphQLResult<T>> {
    const response = await server.executeOperation(
      { query, variables },
      // Signed for this client as the gateway would: the only way a client address reaches a subgraph.
      { contextValue: createContext(requestFromGateway(REPORTS_SUBGRAPH, { clientAddress: client })) },
    )
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response')
    return response.body.singleResult as GraphQLResult<T>
  }
  return {
    run,
    submit: (input: SubmitReportInput, idempotencyKey?: string) =>
      run<{ submitReport: Submitted }>(SUBMIT, { input, idempotencyKey }),
    stop: () => server.stop(),
  }
}

export type ReportsExecutor = Awaited<ReturnType<typeof reportsExecutor>>
