import type { Logger } from '@caunoi/platform'
import CircuitBreaker from 'opossum'
import type { SubgraphFetch } from './queryRetries.ts'

export type BreakerSettings = {
  /** Share of failed calls in the rolling window that opens the circuit. */
  errorThresholdPercentage: number
  /** Calls in the window before the share counts at all. */
  volumeThreshold: number
  /** How long an open circuit refuses calls before letting one through to test the subgraph. */
  resetTimeoutMs: number
}

export const DEFAULT_BREAKER: BreakerSettings = {
  errorThresholdPercentage: 50,
  volumeThreshold: 10,
  resetTimeoutMs: 5_000,
}

/** A gateway error status from a proxy in front of a subgraph: a failure, yet its answer is still passed on. */
class UpstreamDown extends Error {
  constructor(readonly response: Response) {
    super(`upstream answered HTTP ${response.status}`)
  }
}

export type BreakerState = 'closed' | 'open' | 'halfOpen'

/**
 * One circuit per subgraph (opossum): once most recent calls fail, further calls fail at once
 * (the client gets partial data without waiting for a timeout) until a trial call succeeds.
 */
export function withCircuitBreaker(
  subgraph: string,
  fetchOnce: SubgraphFetch,
  settings: BreakerSettings,
  logger: Logger,
  onStateChange?: (subgraph: string, state: BreakerState) => void,
): SubgraphFetch {
  const breaker = new CircuitBreaker(
    async (url: string, init: RequestInit) => {
      const response = await fetchOnce(url, init)
      if (response.status >= 502 && response.status <= 504) throw new UpstreamDown(response)
      return response
    },
    {
      timeout: false,
      errorThresholdPercentage: settings.errorThresholdPercentage,
      volumeThreshold: settings.volumeThreshold,
      resetTimeout: settings.resetTimeoutMs,
    },
  )
  const report = (state: BreakerState) => () => {
    logger.warn({ subgraph, circuit: state }, `circuit to subgraph ${state}`)
    onStateChange?.(subgraph, state)
  }
  breaker.on('open', report('open'))
  breaker.on('halfOpen', report('halfOpen'))
  breaker.on('close', report('closed'))
  return async (url, init) => {
    try {
      return await breaker.fire(url, init)
    } catch (error) {
      if (error instanceof UpstreamDown) return error.response
      throw error
    }
  }
}
