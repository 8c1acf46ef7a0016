import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest } from 'payload'
import type { ContentAnnouncer } from './contentAnnouncer.ts'

/** Content the gateway caches for the public: a change to any of these invalidates its cache. */
export const PUBLIC_CONTENT_COLLECTIONS = new Set(['localities', 'units', 'procedures', 'hotlines', 'articles'])

const COMMIT_POLL_MS = 10
const COMMIT_WAIT_MS = 30_000

/**
 * Payload runs afterChange inside the transaction: announcing then would let a gateway re-read
 * and cache the old data. The database adapter keeps each open transaction in `db.sessions`
 * until it commits or rolls back (an extra invalidation after a rollback is harmless), so the
 * announcement waits for its session to go. Without a transaction the write is already durable.
 */
async function whenCommitted(req: PayloadRequest): Promise<void> {
  const pending: unknown = req.transactionID
  const id = pending instanceof Promise ? await (pending as Promise<unknown>) : pending
  if (typeof id !== 'string' && typeof id !== 'number') return
  const sessions = (req.payload.db as unknown as { sessions?: Record<string, unknown> }).sessions
  const deadline = Date.now() + COMMIT_WAIT_MS
  while (sessions?.[id] !== undefined && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, COMMIT_POLL_MS))
  }
}

/** A draft save changes nothing the public sees, unless it replaces what was published. */
function touchesPublished(doc: Record<string, unknown> | undefined): boolean {
  return doc?.id !== undefined && doc._status !== 'draft'
}

function announceAfterCommit(announcer: ContentAnnouncer, req: PayloadRequest, collection: string, id: unknown) {
  // Never awaited: an editor's save must not wait for, or fail because of, the gateways.
  void whenCommitted(req)
    .then(() =>
      announcer.announce({ collection, id: typeof id === 'number' || typeof id === 'string' ? id : undefined }),
    )
    .catch((error: unknown) =>
      req.payload.logger.error({ err: error, collection }, 'could not announce a content change to the gateways'),
    )
}

export function announceContentChange(announcer: ContentAnnouncer): {
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
} {
  return {
    afterChange: ({ doc, previousDoc, req, collection }) => {
      if (touchesPublished(doc) || touchesPublished(previousDoc))
        announceAfterCommit(announcer, req, collection.slug, doc.id)
      return doc
    },
    afterDelete: ({ doc, req, collection }) => {
      announceAfterCommit(announcer, req, collection.slug, doc.id)
      return doc
    },
  }
}
