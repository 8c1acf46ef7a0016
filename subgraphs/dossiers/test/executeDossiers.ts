import { createLogger } from '@caunoi/platform'
import { requestFromGateway } from '@caunoi/platform/testing'
import type { Payload } from 'payload'
import type { AttemptLimits } from '../src/domain/attemptLimits.ts'
import { createDossiersSubgraph, DOSSIERS_SUBGRAPH } from '../src/server.ts'

export type GraphQLResult<T> = { data?: T | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }

/** A settable clock for rules that depend on time (the 7-day edit window, overdue flags). */
export function fakeClock(start: string) {
  let now = new Date(start)
  return {
    now: () => new Date(now),
    advanceDays: (days: number) => (now = new Date(now.getTime() + days * 24 * 60 * 60 * 1000)),
  }
}

/** Runs operations against the dossiers subgraph in-process, as the gateway would send them. */
export async function dossiersExecutor(payload: Payload, options: { now?: () => Date; limits?: AttemptLimits } = {}) {
  const subgraph = createDossiersSubgraph({ payload, logger: createLogger('test-dossiers'), ...options })
  await subgraph.server.start()
  async function run<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    client = '203.0.113.10',
  ): Promise<GraphQLResult<T>> {
    const response = await subgraph.server.executeOperation(
      { query, variables },
      // Signed for this client as the gateway would: the only way a client address reaches a subgraph.
      { contextValue: subgraph.createContext(requestFromGateway(DOSSIERS_SUBGRAPH, { clientAddress: client })) },
    )
    if (response.body.kind !== 'single') throw new Error('unexpected incremental response')
    return response.body.singleResult as GraphQLResult<T>
  }
  return { run, importer: subgraph.importer, stop: () => subgraph.server.stop() }
}

export type DossiersExecutor = Awaited<ReturnType<typeof dossiersExecutor>>
