/**
 * How the CMS tells gateways that published content changed, so cached responses go at once:
 * with Redis, a shared generation counter bumped and announced on a channel; without it, an
 * HTTP webhook to the gateway. Gateways key cached responses by the current generation.
 */
export const contentGenerationKey = (prefix: string) => `${prefix}:content:generation`
export const contentPublishedChannel = (prefix: string) => `${prefix}:content:published`

/** The gateway's webhook (POST) and the header carrying its shared secret. */
export const CACHE_INVALIDATION_PATH = '/cache/invalidate'
export const CACHE_WEBHOOK_SECRET_HEADER = 'x-caunoi-webhook-secret'

/** What is announced: the collection and document, for logs; invalidation itself is by generation. */
export type ContentPublishedEvent = { collection: string; id?: string | number }

/** The two Redis commands the announcement needs (an ioredis client has them). */
export type RedisPublisher = {
  incr(key: string): Promise<number>
  publish(channel: string, message: string): Promise<number>
}

/** Bumps the shared generation and announces the new one to every gateway subscribed. */
export async function announceContentPublished(redis: RedisPublisher, prefix: string): Promise<number> {
  const generation = await redis.incr(contentGenerationKey(prefix))
  await redis.publish(contentPublishedChannel(prefix), String(generation))
  return generation
}

/** Calls a gateway's invalidation webhook; throws when the gateway does not acknowledge it. */
export async function notifyGatewayWebhook(
  gatewayUrl: string,
  secret: string,
  event: ContentPublishedEvent,
  timeoutMs = 3_000,
): Promise<void> {
  const response = await fetch(new URL(CACHE_INVALIDATION_PATH, gatewayUrl), {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CACHE_WEBHOOK_SECRET_HEADER]: secret },
    body: JSON.stringify(event),
    signal: AbortSignal.timeout(timeoutMs),
  })
  if (!response.ok) throw new Error(`gateway answered the invalidation webhook with HTTP ${response.status}`)
}
