/**
 * Lets concurrent callers share reads of the same request without ever being answered by a read
 * that started before they asked (it could miss a row committed just before the call). A caller
 * joins the read that will start next: while one is in flight, every caller of that key waits for
 * the same next one. Under load one round trip then serves all the callers that arrived during the
 * previous one, instead of each paying its own. Callers with equal keys must ask the same thing.
 */
export function sharedFreshReads<R, V>(
  read: (request: R) => Promise<V>,
  keyOf: (request: R) => string,
): (request: R) => Promise<V> {
  const running = new Map<string, Promise<void>>()
  const next = new Map<string, Promise<V>>()

  const start = (key: string, request: R): Promise<V> => {
    const result = read(request)
    const settled = result.then(
      () => undefined,
      () => undefined,
    )
    running.set(key, settled)
    void settled.then(() => {
      if (running.get(key) === settled) running.delete(key)
    })
    return result
  }

  return (request) => {
    const key = keyOf(request)
    const queued = next.get(key)
    if (queued) return queued
    const current = running.get(key)
    if (!current) return start(key, request)
    const after = current.then(() => {
      next.delete(key)
      return start(key, request)
    })
    next.set(key, after)
    return after
  }
}
