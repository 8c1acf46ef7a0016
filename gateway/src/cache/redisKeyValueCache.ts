import type { KeyValueCache, KeyValueCacheSetOptions } from '@apollo/utils.keyvaluecache'
import type { Redis } from 'ioredis'

/** Apollo's cache interface over Redis, so every gateway instance shares one response cache. */
export function redisKeyValueCache(redis: Redis, prefix: string): KeyValueCache<string> {
  return {
    async get(key) {
      return (await redis.get(`${prefix}${key}`)) ?? undefined
    },
    async set(key, value, options?: KeyValueCacheSetOptions) {
      const ttl = options?.ttl
      if (typeof ttl === 'number' && ttl > 0) await redis.set(`${prefix}${key}`, value, 'EX', Math.ceil(ttl))
      else await redis.set(`${prefix}${key}`, value)
    },
    async delete(key) {
      await redis.del(`${prefix}${key}`)
    },
  }
}
