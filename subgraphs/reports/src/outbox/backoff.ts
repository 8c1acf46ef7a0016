/** Retry schedule of undelivered events: 1 s, 2 s, 4 s … doubling, capped at ten minutes. */
export type Backoff = { baseMs: number; maxMs: number }

export const DEFAULT_BACKOFF: Backoff = { baseMs: 1_000, maxMs: 10 * 60_000 }

/** The wait after the n-th failed attempt (n ≥ 1). */
export function retryDelay(attempts: number, { baseMs, maxMs }: Backoff): number {
  return Math.min(maxMs, baseMs * 2 ** Math.max(0, attempts - 1))
}
