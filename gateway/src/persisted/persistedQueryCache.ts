import type { KeyValueCache } from '@apollo/utils.keyvaluecache'
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache'
import type { OperationManifest } from './manifest.ts'

/** Apollo Server stores automatic persisted queries under this prefix and the query's SHA-256. */
const APQ_PREFIX = 'apq:'

/**
 * How long a registered query is kept: clients resend the text when it is gone, and queries
 * registered by anyone must not pile up forever in a shared store.
 */
export const PERSISTED_QUERY_TTL_SECONDS = 24 * 60 * 60

/** The in-process store of registered queries, when there is no shared one. */
export function memoryPersistedQueryStore(): KeyValueCache<string> {
  return new InMemoryLRUCache<string>({ maxSize: 8 * 1024 * 1024 })
}

/**
 * The automatic persisted query store, preloaded with the manifest's operations so first-party
 * clients can send only a hash from their very first request; others register theirs in
 * `registered` (memory, or Redis so every gateway instance knows them). A store that cannot be
 * read answers "not found": the client then sends the full query, which still runs.
 */
export function persistedQueryCache(
  manifest: OperationManifest,
  registered: KeyValueCache<string> = memoryPersistedQueryStore(),
  onStoreError: (error: unknown) => void = () => {},
): KeyValueCache<string> {
  return {
    async get(key) {
      const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key
      const known = manifest.get(hash)
      if (known !== undefined) return known
      try {
        return await registered.get(key)
      } catch (error) {
        onStoreError(error)
        return undefined
      }
    },
    set: (key, value, options) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  }
}
