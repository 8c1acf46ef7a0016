import type { RouteHandler, ServiceStatuses } from '@caunoi/platform'
import { sendJson } from '@caunoi/platform'
import type { SubgraphEndpoint } from './subgraphs.ts'

/** "restarting" and "failed" come from `npm start`'s supervisor, when there is one. */
export type SubgraphStatus = 'up' | 'down' | 'restarting' | 'failed'

export type HealthReport = {
  status: 'ok' | 'degraded'
  subgraphs: Record<string, SubgraphStatus>
  /** The supervisor's view of the processes it runs (restarts, last crash), when there is one. */
  services?: ServiceStatuses
}

/** The process serving /health is not reported on by itself. */
const SELF = 'gateway'

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

/** A subgraph that answers is up; one that does not is "restarting" or "failed" if its supervisor says so. */
function subgraphStatus(probed: SubgraphStatus, supervised: ServiceStatuses[string] | undefined): SubgraphStatus {
  if (probed === 'up') return 'up'
  if (supervised?.state === 'restarting' || supervised?.state === 'starting') return 'restarting'
  if (supervised?.state === 'failed') return 'failed'
  return 'down'
}

export async function checkHealth(
  subgraphs: SubgraphEndpoint[],
  timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
  supervisorStatus: () => Promise<ServiceStatuses | undefined> = async () => undefined,
): Promise<HealthReport> {
  // Asked at the same time as the probes, so it never makes /health slower than they are.
  const [probed, supervised] = await Promise.all([
    Promise.all(subgraphs.map((subgraph) => probeSubgraph(subgraph.url, timeoutMs))),
    supervisorStatus().catch(() => undefined),
  ])
  const report: HealthReport['subgraphs'] = {}
  subgraphs.forEach(
    (subgraph, index) => (report[subgraph.name] = subgraphStatus(probed[index] ?? 'down', supervised?.[subgraph.name])),
  )
  const status = Object.values(report).every((value) => value === 'up') ? 'ok' : 'degraded'
  if (!supervised) return { status, subgraphs: report }
  const services = Object.fromEntries(Object.entries(supervised).filter(([name]) => name !== SELF))
  return { status, subgraphs: report, services }
}

/**
 * GET /health: 200 when every subgraph answers, else 503 with the status of each. The list is
 * asked for on each probe, so it follows the supergraph being served after a hot reload.
 */
export function healthRoute(
  currentSubgraphs: () => SubgraphEndpoint[],
  timeoutMs = DEFAULT_HEALTH_TIMEOUT_MS,
  supervisorStatus?: () => Promise<ServiceStatuses | undefined>,
): RouteHandler {
  return async (_req, res) => {
    const report = await checkHealth(currentSubgraphs(), timeoutMs, supervisorStatus)
    sendJson(res, report.status === 'ok' ? 200 : 503, report)
  }
}
