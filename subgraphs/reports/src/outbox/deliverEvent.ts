import type { OutboxEvent } from '@caunoi/cms'
import type { Logger } from '@caunoi/platform'

/** Where an event goes: for now the log and, when set, a webhook (the Zalo OA notifier comes later). */
export type EventSink = (event: OutboxEvent) => Promise<void>

// A webhook that does not answer in time counts as failed; the event is retried later.
const WEBHOOK_TIMEOUT_MS = 10_000

/** Logs the event, then POSTs it as JSON to the webhook; any non-2xx answer is a failure. */
export function logAndWebhookSink(logger: Logger, webhookUrl: () => Promise<string | null>): EventSink {
  return async (event) => {
    logger.info({ topic: event.topic, event: event.body, attempt: event.attempts + 1 }, 'outbox event')
    const url = await webhookUrl()
    if (!url) return
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-caunoi-event-id': String(event.id) },
      body: JSON.stringify({ id: event.id, topic: event.topic, ...((event.body as object) ?? {}) }),
      signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
    })
    await response.body?.cancel()
    if (!response.ok) throw new Error(`webhook answered ${response.status}`)
  }
}
