/** The fetch signature the subgraph data source uses (WHATWG fetch). */
export type SubgraphFetch = (url: string, init: RequestInit) => Promise<Response>

export type RetrySettings = { attempts: number; backoffMs: number }

/** Two more tries, 50 then 100 ms apart: enough to ride over a subgraph restarting or a reset socket. */
export const DEFAULT_RETRIES: RetrySettings = { attempts: 2, backoffMs: 50 }

/** Deduplication and retries both ask of the same request: its body is parsed once. */
const readsByRequest = new WeakMap<RequestInit, boolean>()

/**
 * Whether a subgraph request only reads. The gateway prints its subgraph operations itself, so
 * the operation keyword starts the text; a mutation is never retried, as it might run twice.
 */
export function isQueryRequest(init: RequestInit): boolean {
  const known = readsByRequest.get(init)
  if (known !== undefined) return known
  let reads = false
  if (typeof init.body === 'string') {
    try {
      const { query } = JSON.parse(init.body) as { query?: unknown }
      reads = typeof query === 'string' && /^\s*(query\b|\{)/.test(query)
    } catch {
      // Not JSON: not a read this gateway would retry or share.
    }
  }
  readsByRequest.set(init, reads)
  return reads
}

/** Retries reads that failed to connect or were reset; an HTTP answer, even an error, is final. */
export function withQueryRetries(fetchOnce: SubgraphFetch, settings: RetrySettings = DEFAULT_RETRIES): SubgraphFetch {
  return async (url, init) => {
    const retries = isQueryRequest(init) ? settings.attempts : 0
    for (let attempt = 0; ; attempt++) {
      try {
        return await fetchOnce(url, init)
      } catch (error) {
        const timedOut = (error as { name?: string }).name === 'TimeoutError'
        if (attempt >= retries || timedOut || init.signal?.aborted) throw error
        await new Promise((resolve) => setTimeout(resolve, settings.backoffMs * 2 ** attempt))
      }
    }
  }
}
