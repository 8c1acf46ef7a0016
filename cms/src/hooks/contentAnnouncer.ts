import { announceContentPublished, notifyGatewayWebhook, type ContentPublishedEvent } from '@caunoi/platform'
import { Redis } from 'ioredis'

/** Where the CMS announces published changes: Redis pub/sub when configured, else the gateway's webhook. */
export type ContentChangeSettings =
  { kind: 'redis'; redisUrl: string; prefix: string } | { kind: 'webhook'; gatewayUrl: string; secret: string }

export type ContentAnnouncer = {
  announce(event: ContentPublishedEvent): Promise<void>
  close(): Promise<void>
}

export function createContentAnnouncer(settings: ContentChangeSettings): ContentAnnouncer {
  if (settings.kind === 'webhook') {
    return {
      announce: (event) => notifyGatewayWebhook(settings.gatewayUrl, settings.secret, event),
      close: async () => undefined,
    }
  }
  // Connected on first use, so a CMS that never publishes (a build, a script) opens no connection.
  let redis: Redis | undefined
  return {
    announce: async () => {
      redis ??= new Redis(settings.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 })
      await announceContentPublished(redis, settings.prefix)
    },
    close: async () => {
      redis?.disconnect()
    },
  }
}
