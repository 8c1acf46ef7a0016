import { overdueQueuePath } from '../overdueQueue.ts'

/**
 * Above the reports list: a quick filter for the queue's overdue reports. A server component, so
 * "now" is the time the page is rendered; Payload's list filters cannot hold a relative date.
 */
export function OverdueQueueLink() {
  return (
    <div style={{ marginBottom: '1rem' }}>
      <a className="btn btn--style-secondary btn--size-small" href={overdueQueuePath(new Date())}>
        Lọc phản ánh quá hạn
      </a>
    </div>
  )
}
