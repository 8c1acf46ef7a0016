import { sendJson, type RouteHandler } from '@caunoi/platform'
import { SUBGRAPH_UNAVAILABLE } from '../subgraphErrors.ts'
import type { SubgraphEndpoint } from '../subgraphs.ts'
import { forwardToSubgraph, type ForwardOptions } from './forwardToSubgraph.ts'

/** A subgraph's own HTTP endpoints the gateway exposes, keyed as serveGraphQL's routes are. */
const FORWARDED: {
  route: string
  subgraph: string
  /** Longer than a GraphQL call where the body is large (uploads from a phone). */
  timeoutMs?: number
  unavailable: ForwardOptions['unavailable']
}[] = [
  {
    // Open311 GeoReport v2 clients; refusals keep Open311's [{ code, description }] shape.
    route: '/open311/v2/*',
    subgraph: 'reports',
    unavailable: (res, status) =>
      sendJson(res, status, [
        { code: status, description: 'Dịch vụ phản ánh tạm thời không phản hồi, vui lòng thử lại sau.' },
      ]),
  },
  {
    // Photos and videos for a report (up to 5 × 50 MB): refusals keep the route's GraphQL-like shape.
    route: 'POST /attachments',
    subgraph: 'reports',
    timeoutMs: 300_000,
    unavailable: (res, status) =>
      sendJson(res, status, {
        errors: [
          {
            message: 'Dịch vụ phản ánh tạm thời không phản hồi, vui lòng thử lại sau.',
            extensions: { code: SUBGRAPH_UNAVAILABLE },
          },
        ],
      }),
  },
]

/** Path prefixes the gateway forwards, for middleware (rate limits) that must count them too. */
export const FORWARDED_PREFIXES = FORWARDED.map(({ route }) => route.replace(/^[A-Z]+ /, '').replace(/\*$/, ''))

/** The forwarding routes for the subgraphs this supergraph has; a missing subgraph has none. */
export function restRoutes(
  subgraphs: SubgraphEndpoint[],
  options: Omit<ForwardOptions, 'subgraph' | 'subgraphUrl' | 'unavailable'>,
): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {}
  for (const route of FORWARDED) {
    const subgraph = subgraphs.find((candidate) => candidate.name === route.subgraph)
    if (!subgraph) continue
    routes[route.route] = forwardToSubgraph({
      ...options,
      timeoutMs: route.timeoutMs ?? options.timeoutMs,
      subgraph: subgraph.name,
      subgraphUrl: subgraph.url,
      unavailable: route.unavailable,
    })
  }
  return routes
}
