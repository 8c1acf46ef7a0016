import type { Payload } from 'payload'
import type { Logger } from '@caunoi/platform'
import { DEFAULT_BACKOFF, type Backoff } from './backoff.ts'
import { logAndWebhookSink, type EventSink } from './deliverEvent.ts'
import { deliverDueEvents } from './deliverDueEvents.ts'

export type OutboxWorkerOptions = {
  payload: Payload
  logger: Logger
  pollMs?: number
  lockMs?: number
  backoff?: Backoff
  sink?: EventSink
}

/** The webhook URL is read from the reportSettings global on each pass, so an edit applies at once. */
export function settingsWebhookUrl(payload: Payload) {
  return async () => (await payload.findGlobal({ slug: 'reportSettings', depth: 0 })).webhookUrl ?? null
}

/**
 * Polls the outbox and delivers what is due until stopped. Polling (not a trigger) keeps it
 * database-agnostic; a pass that delivered a full batch runs again at once.
 */
export function startOutboxWorker({
  payload,
  logger,
  pollMs = 500,
  lockMs = 60_000,
  backoff = DEFAULT_BACKOFF,
  sink = logAndWebhookSink(logger, settingsWebhookUrl(payload)),
}: OutboxWorkerOptions) {
  const batchSize = 50
  let stopped = false
  let wake: (() => void) | null = null
  const loop = (async () => {
    while (!stopped) {
      let delivered = 0
      try {
        delivered = await deliverDueEvents(payload, { sink, logger, backoff, lockMs, batchSize, now: () => new Date() })
      } catch (error) {
        logger.error({ err: error }, 'outbox pass failed')
      }
      if (delivered < batchSize && !stopped) {
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs)
          wake = () => {
            clearTimeout(timer)
            resolve()
          }
        })
      }
    }
  })()
  return {
    stop: async () => {
      stopped = true
      wake?.()
      await loop
    },
  }
}
