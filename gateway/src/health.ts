import type { RouteHandler } from '@caunoi/platform'
import { sendJson } from '@caunoi/platform'
import type { SubgraphEndpoint } from './subgraphs.ts'

export type SubgraphStatus = 'up' | 'down'

export type HealthReport = {
  status: 'ok' | 'degraded'
  subgraphs: Record<string, SubgraphStatus>
}

/** Short enough for a load balancer's probe; a subgraph slower than this is as good as down. */
export const DEFAULT_HEALTH_TIMEOUT_MS = 1_500

/** Asks a subgraph the cheapest query there is; "up" only if it answers it correctly in time. */
export async function probeSubgraph(url: string, timeoutMs: number): Promise<SubgraphStatus> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      // A JSON content type also satisfies Apollo Server's CSRF prevention.
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: 'query HealthCheck { __typename }' }),
      signal: AbortSignal.timeout(timeoutMs),
    })
    if (!response.ok) return 'down'
    const body = (await response.json()) as { data?: { __typename?: unknown } }
    return body.data?.__typename === 'Query' ? 'up' : 'down'
  } catch {
    return 'down'
  }
}

export async function checkHealth(
  subgraphs: SubgraphEndpoint[],
  timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
): Promise<HealthReport> {
  const statuses = await Promise.all(subgraphs.map((subgraph) => probeSubgraph(subgraph.url, timeoutMs)))
  const report: HealthReport['subgraphs'] = {}
  subgraphs.forEach((subgraph, index) => (report[subgraph.name] = statuses[index] ?? 'down'))
  return { status: statuses.every((status) => status === 'up') ? 'ok' : 'degraded', subgraphs: report }
}

/**
 * GET /health: 200 when every subgraph answers, else 503 with the status of each. The list is
 * asked for on each probe, so it follows the supergraph being served after a hot reload.
 */
export function healthRoute(
  currentSubgraphs: () => SubgraphEndpoint[],
  timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
): RouteHandler {
  return async (_req, res) => {
    const report = await checkHealth(currentSubgraphs(), timeoutMs)
    sendJson(res, report.status === 'ok' ? 200 : 503, report)
  }
}
