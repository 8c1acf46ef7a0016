import type { KeyValueCache } from '@apollo/utils.keyvaluecache'
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache'
import type { OperationManifest } from './manifest.ts'

/** Apollo Server stores automatic persisted queries under this prefix and the query's SHA-256. */
const APQ_PREFIX = 'apq:'

/**
 * The automatic persisted query store, preloaded with the manifest's operations so first-party
 * clients can send only a hash from their very first request; others register theirs as usual.
 */
export function persistedQueryCache(manifest: OperationManifest): KeyValueCache<string> {
  const registered = new InMemoryLRUCache<string>({ maxSize: 8 * 1024 * 1024 })
  return {
    async get(key) {
      const hash = key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key
      return manifest.get(hash) ?? registered.get(key)
    },
    set: (key, value, options) => registered.set(key, value, options),
    delete: (key) => registered.delete(key),
  }
}
