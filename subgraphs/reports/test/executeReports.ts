import type { IncomingMessage } from 'node:http'
import {
  CLIENT_ADDRESS_HEADER,
  createLogger,
  type LimiterStore,
  type SubgraphRequest,
  type VerifierLimits,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import type { SubmitReportInput } from '../src/__generated__/resolvers-types.ts'
import { createReportsSubgraph } from '../src/server.ts'

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

/** A request as the gateway sends it for a client at `address`. */
const fromClient = (address: string) =>
  ({
    headers: { [CLIENT_ADDRESS_HEADER]: address },
    socket: { remoteAddress: '127.0.0.1' },
  }) as unknown as IncomingMessage

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
      { contextValue: createContext({ req: fromClient(client) } as SubgraphRequest) },
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
