import type { ApolloServerPlugin } from '@apollo/server'
import type { KeyValueCache } from '@apollo/utils.keyvaluecache'
import responseCachePlugin from '@apollo/server-plugin-response-cache'
import type { GatewayContext } from '../requestId.ts'
import type { GatewayMetrics } from '../observability/gatewayMetrics.ts'
import type { ContentGeneration } from './contentGeneration.ts'

/**
 * Whole-response cache for public data (Apollo's response cache plugin): entries are keyed by
 * operation, variables and content generation, live as long as the shortest cache hint of every
 * subgraph involved, and signed-in callers neither read nor write them, so private data is never
 * served from it.
 */
export function responseCache(
  cache: KeyValueCache<string>,
  generation: ContentGeneration,
  metrics?: GatewayMetrics,
): ApolloServerPlugin<GatewayContext>[] {
  const anonymous = async ({ contextValue }: { contextValue: GatewayContext }) => contextValue.identity === undefined
  const counting: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation, contextValue }) {
          if (!metrics || operation?.operation !== 'query' || contextValue.identity) return
          // The plugin marks an answer from the cache with an Age header.
          metrics.countCacheLookup(response.http.headers.has('age'))
        },
      }
    },
  }
  return [
    responseCachePlugin<GatewayContext>({
      cache,
      sessionId: async () => null,
      shouldReadFromCache: anonymous,
      shouldWriteToCache: anonymous,
      extraCacheKeyData: async () => ({ contentGeneration: generation.current() }),
    }),
    counting,
  ]
}
