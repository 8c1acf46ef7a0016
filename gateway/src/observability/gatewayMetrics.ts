import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client'

/** An attacker can name operations anything: past this many distinct names, the rest count as "other". */
const MAX_OPERATION_LABELS = 200

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

/** The gateway's Prometheus metrics, in a registry of its own (two gateways in one test process never clash). */
export function createGatewayMetrics() {
  const registry = new Registry()
  collectDefaultMetrics({ register: registry, prefix: 'gateway_' })
  const requests = new Counter({
    name: 'gateway_graphql_requests_total',
    help: 'GraphQL operations answered, by operation name and outcome (ok or error)',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  })
  const requestDuration = new Histogram({
    name: 'gateway_graphql_request_duration_seconds',
    help: 'Time from receiving a GraphQL operation to answering it, by operation name',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  const subgraphDuration = new Histogram({
    name: 'gateway_subgraph_request_duration_seconds',
    help: 'Time of each call to a subgraph, by subgraph',
    labelNames: ['subgraph'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  })
  const subgraphErrors = new Counter({
    name: 'gateway_subgraph_errors_total',
    help: 'Subgraph calls that failed (unreachable, timed out, or an HTTP error), by subgraph',
    labelNames: ['subgraph'],
    registers: [registry],
  })
  const subgraphShared = new Counter({
    name: 'gateway_subgraph_requests_shared_total',
    help: 'Subgraph reads answered by an identical call already in flight instead of a call of their own, by subgraph',
    labelNames: ['subgraph'],
    registers: [registry],
  })
  const rateLimitRefusals = new Counter({
    name: 'gateway_rate_limit_refusals_total',
    help: 'Requests refused with 429, by limit (ip or user)',
    labelNames: ['scope'],
    registers: [registry],
  })
  const cacheLookups = new Counter({
    name: 'gateway_response_cache_lookups_total',
    help: 'Response cache lookups by result (hit or miss); hit ratio = hit / (hit + miss)',
    labelNames: ['result'],
    registers: [registry],
  })

  const circuitOpen = new Gauge({
    name: 'gateway_subgraph_circuit_open',
    help: 'Circuit breaker per subgraph: 1 open (calls refused), 0.5 half-open (testing), 0 closed',
    labelNames: ['subgraph'],
    registers: [registry],
  })
  const supergraphReloads = new Counter({
    name: 'gateway_supergraph_reloads_total',
    help: 'New supergraphs seen by hot reload, by outcome (applied or rejected)',
    labelNames: ['outcome'],
    registers: [registry],
  })

  const operationNames = new Set<string>()
  function operationLabel(name: string | null | undefined): string {
    if (!name) return 'anonymous'
    if (operationNames.has(name)) return name
    if (operationNames.size >= MAX_OPERATION_LABELS) return 'other'
    operationNames.add(name)
    return name
  }

  return {
    registry,
    observeOperation(name: string | null | undefined, seconds: number, failed: boolean) {
      const operation = operationLabel(name)
      requests.inc({ operation, outcome: failed ? 'error' : 'ok' })
      requestDuration.observe({ operation }, seconds)
    },
    observeSubgraphCall(subgraph: string, seconds: number, failed: boolean) {
      subgraphDuration.observe({ subgraph }, seconds)
      if (failed) subgraphErrors.inc({ subgraph })
    },
    countSharedSubgraphCall(subgraph: string) {
      subgraphShared.inc({ subgraph })
    },
    countRateLimitRefusal(scope: 'ip' | 'user') {
      rateLimitRefusals.inc({ scope })
    },
    setCircuitState(subgraph: string, state: 'closed' | 'open' | 'halfOpen') {
      circuitOpen.set({ subgraph }, state === 'open' ? 1 : state === 'halfOpen' ? 0.5 : 0)
    },
    countSupergraphReload(outcome: 'applied' | 'rejected') {
      supergraphReloads.inc({ outcome })
    },
    countCacheLookup(hit: boolean) {
      cacheLookups.inc({ result: hit ? 'hit' : 'miss' })
    },
  }
}

export type GatewayMetrics = ReturnType<typeof createGatewayMetrics>
