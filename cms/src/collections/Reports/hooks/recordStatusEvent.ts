import type { CollectionAfterChangeHook } from 'payload'
import { nowFrom } from '../../../hooks/clock.ts'
import type { Report } from '../../../payload-types.ts'
import { relationId } from '../../../domain/relationId.ts'

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
  const at = nowFrom(context).toISOString()
  await req.payload.create({
    collection: 'outboxEvents',
    req,
    data: {
      topic: 'report.status_changed',
      trackingCode: doc.trackingCode,
      status: doc.status,
      previousStatus,
      body: {
        trackingCode: doc.trackingCode,
        type: doc.type,
        status: doc.status,
        previousStatus,
        localityCode: doc.localityCode,
        unit: relationId(doc.unit) ?? null,
        at,
      },
      attempts: 0,
      nextAttemptAt: at,
    },
  })
  return doc
}
