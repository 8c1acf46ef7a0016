import type { CollectionAfterChangeHook } from 'payload'
import { nowFrom } from '../../../hooks/clock.ts'
import type { Report } from '../../../payload-types.ts'
import { statusChangedEvent } from '../statusEvent.ts'

/**
 * Writes a status change into the outbox with the same `req`, hence in the same transaction as the
 * change: the event exists exactly when the change does, and the worker delivers it afterwards.
 */
export const recordStatusEvent: CollectionAfterChangeHook<Report> = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  const previousStatus = operation === 'create' ? null : (previousDoc?.status ?? null)
  if (operation !== 'create' && previousStatus === doc.status) return doc
  await req.payload.create({
    collection: 'outboxEvents',
    req,
    data: statusChangedEvent(doc, previousStatus, nowFrom(context).toISOString()),
  })
  return doc
}
