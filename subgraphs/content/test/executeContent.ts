import { createLogger } from '@caunoi/platform'
import type { Payload } from 'payload'
import { createContentSubgraph } from '../src/server.ts'

/** Runs operations against the content subgraph in-process, as the gateway would send them. */
export async function contentExecutor(payload: Payload) {
  const { server, createContext } = createContentSubgraph({ payload, logger: createLogger('test-content') })
  await server.start()
  return {
    async run<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}) {
      const response = await server.executeOperation({ query, variables }, { contextValue: createContext() })
      if (response.body.kind !== 'single') throw new Error('unexpected incremental response')
      return {
        ...(response.body.singleResult as {
          data?: T
          errors?: { message: string; extensions?: Record<string, unknown> }[]
        }),
        /** The Cache-Control the subgraph sends (from the schema's cache hints). */
        cacheControl: response.http.headers.get('cache-control'),
      }
    },
    stop: () => server.stop(),
  }
}
