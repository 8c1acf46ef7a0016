import type { Payload } from 'payload'
import type { Logger } from '@caunoi/platform'
import { retryDelay, type Backoff } from './backoff.ts'
import type { EventSink } from './deliverEvent.ts'

export type OutboxOptions = {
  sink: EventSink
  logger: Logger
  backoff: Backoff
  now: () => Date
  /** An event being delivered is hidden from other passes this long; a crashed worker's lock expires. */
  lockMs: number
  batchSize: number
}

/**
 * One delivery pass: takes the events that are due and not locked, locks them, and delivers each
 * in order. A delivered event is marked; a failed one is rescheduled with backoff. A crash between
 * delivery and marking delivers the event again later: at least once, never lost.
 */
export async function deliverDueEvents(payload: Payload, options: OutboxOptions): Promise<number> {
  const now = options.now()
  const { docs } = await payload.find({
    collection: 'outboxEvents',
    where: {
      and: [
        { deliveredAt: { exists: false } },
        { nextAttemptAt: { less_than_equal: now.toISOString() } },
        { or: [{ lockedUntil: { exists: false } }, { lockedUntil: { less_than: now.toISOString() } }] },
      ],
    },
    sort: 'nextAttemptAt',
    limit: options.batchSize,
    pagination: false,
    depth: 0,
  })
  if (docs.length === 0) return 0
  const lockedUntil = new Date(now.getTime() + options.lockMs).toISOString()
  await payload.update({
    collection: 'outboxEvents',
    where: { id: { in: docs.map((d) => d.id) } },
    data: { lockedUntil },
    depth: 0,
  })

  let delivered = 0
  for (const event of docs) {
    try {
      await options.sink(event)
      await payload.update({
        collection: 'outboxEvents',
        id: event.id,
        data: {
          deliveredAt: options.now().toISOString(),
          attempts: event.attempts + 1,
          lockedUntil: null,
          lastError: null,
        },
        depth: 0,
      })
      delivered++
    } catch (error) {
      const attempts = event.attempts + 1
      const retryAt = new Date(options.now().getTime() + retryDelay(attempts, options.backoff))
      const message = error instanceof Error ? error.message : String(error)
      options.logger.warn({ eventId: event.id, attempts, retryAt, err: message }, 'outbox delivery failed')
      await payload.update({
        collection: 'outboxEvents',
        id: event.id,
        data: { attempts, nextAttemptAt: retryAt.toISOString(), lockedUntil: null, lastError: message.slice(0, 500) },
        depth: 0,
      })
    }
  }
  return delivered
}
