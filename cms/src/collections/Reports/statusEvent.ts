import { relationId } from '../../domain/relationId.ts'
import type { OutboxEvent, Report } from '../../payload-types.ts'

type Changed = Pick<Report, 'trackingCode' | 'type' | 'status' | 'localityCode' | 'unit'>

/** The outbox event a status change writes: what the worker delivers to the notifiers. */
export function statusChangedEvent(
  report: Changed,
  previousStatus: Report['status'] | null,
  at: string,
): Omit<OutboxEvent, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    topic: 'report.status_changed',
    trackingCode: report.trackingCode,
    status: report.status,
    previousStatus,
    body: {
      trackingCode: report.trackingCode,
      type: report.type,
      status: report.status,
      previousStatus,
      localityCode: report.localityCode,
      unit: relationId(report.unit) ?? null,
      at,
    },
    attempts: 0,
    nextAttemptAt: at,
  }
}
