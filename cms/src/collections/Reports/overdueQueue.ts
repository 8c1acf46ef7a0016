import type { Where } from 'payload'
import type { ReportStatus } from './options.ts'

/** Statuses with nothing left to do by the deadline: answered, closed (or merged), rejected. */
export const CONCLUDED_STATUSES: ReportStatus[] = ['ANSWERED', 'CLOSED', 'REJECTED']

/**
 * The overdue filter of a unit's queue (phản ánh quá hạn): still open past its stored deadline.
 * Access control adds the officer's unit subtree, so this is the whole query the admin list runs.
 */
export function overdueReportsWhere(now: Date): Where {
  return { and: [{ dueAt: { less_than: now.toISOString() } }, { status: { not_in: CONCLUDED_STATUSES } }] }
}

/**
 * The admin list URL of that filter at `now` (Payload reads `where` from the query string), oldest
 * deadline first: the link an officer bookmarks or the dashboard shows.
 */
export function overdueQueuePath(now: Date, adminRoute = '/admin'): string {
  const params = new URLSearchParams()
  params.set('where[and][0][dueAt][less_than]', now.toISOString())
  CONCLUDED_STATUSES.forEach((status, i) => params.set(`where[and][1][status][not_in][${i}]`, status))
  params.set('sort', 'dueAt')
  return `${adminRoute}/collections/reports?${params.toString()}`
}
