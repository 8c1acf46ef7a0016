/**
 * Runs tasks with the same key one after another within this process, so a double tap on "Nộp bài"
 * cannot score one attempt twice. Different keys run concurrently.
 */
export function createKeyedLock() {
  const tails = new Map<string, Promise<unknown>>()
  return async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = tails.get(key) ?? Promise.resolve()
    const run = previous.then(task, task)
    const tail = run.catch(() => undefined)
    tails.set(key, tail)
    try {
      return await run
    } finally {
      if (tails.get(key) === tail) tails.delete(key)
    }
  }
}

export type KeyedLock = ReturnType<typeof createKeyedLock>
