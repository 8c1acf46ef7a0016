import { announceContentPublished, contentGenerationKey, contentPublishedChannel, type Logger } from '@caunoi/platform'
import type { Redis } from 'ioredis'

/**
 * The generation of published content: cached responses are keyed by it, so moving to a new one
 * invalidates every response cached before a publish at once (no waiting for TTLs).
 */
export type ContentGeneration = {
  current(): number
  /** The content changed (webhook): move every gateway sharing this store to a new generation. */
  advance(): Promise<void>
  stop(): Promise<void>
}

/** One gateway on its own: the generation lives in its memory. */
export function memoryContentGeneration(): ContentGeneration {
  let generation = 0
  return {
    current: () => generation,
    advance: async () => {
      generation += 1
    },
    stop: async () => undefined,
  }
}

/**
 * Gateways sharing Redis: the generation is a Redis counter, followed through pub/sub so reading
 * it costs no round trip per request. The CMS bumps and announces it on publish.
 */
export async function redisContentGeneration(redis: Redis, prefix: string, logger: Logger): Promise<ContentGeneration> {
  const subscriber = redis.duplicate()
  let generation = Number((await redis.get(contentGenerationKey(prefix))) ?? 0)
  const follow = (value: number) => {
    // Messages can arrive out of order; a generation never goes back.
    if (Number.isFinite(value) && value > generation) generation = value
  }
  subscriber.on('message', (_channel: string, message: string) => {
    follow(Number(message))
    logger.info({ generation }, 'published content changed: cached responses invalidated')
  })
  await subscriber.subscribe(contentPublishedChannel(prefix))
  // A message missed while (re)connecting would leave stale entries: re-read the counter then.
  subscriber.on('ready', () => {
    redis
      .get(contentGenerationKey(prefix))
      .then((value) => follow(Number(value ?? 0)))
      .catch((error: unknown) => logger.warn({ err: error }, 'could not re-read the content generation'))
  })
  return {
    current: () => generation,
    advance: async () => follow(await announceContentPublished(redis, prefix)),
    stop: async () => {
      subscriber.disconnect()
    },
  }
}
