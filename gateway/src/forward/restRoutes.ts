import { sendJson, type RouteHandler } from '@caunoi/platform'
import type { SubgraphEndpoint } from '../subgraphs.ts'
import { forwardToSubgraph, type ForwardOptions } from './forwardToSubgraph.ts'

/** A subgraph's own HTTP endpoints the gateway exposes: "/prefix/*" keys of serveGraphQL's routes. */
const FORWARDED: { path: string; subgraph: string; unavailable: ForwardOptions['unavailable'] }[] = [
  {
    // Open311 GeoReport v2 clients; refusals keep Open311's [{ code, description }] shape.
    path: '/open311/v2/*',
    subgraph: 'reports',
    unavailable: (res, status) =>
      sendJson(res, status, [
        { code: status, description: 'Dịch vụ phản ánh tạm thời không phản hồi, vui lòng thử lại sau.' },
      ]),
  },
]

/** Path prefixes the gateway forwards, for middleware (rate limits) that must count them too. */
export const FORWARDED_PREFIXES = FORWARDED.map((route) => route.path.slice(0, -1))

/** The forwarding routes for the subgraphs this supergraph has; a missing subgraph has none. */
export function restRoutes(
  subgraphs: SubgraphEndpoint[],
  options: Omit<ForwardOptions, 'subgraph' | 'subgraphUrl' | 'unavailable'>,
): Record<string, RouteHandler> {
  const routes: Record<string, RouteHandler> = {}
  for (const route of FORWARDED) {
    const subgraph = subgraphs.find((candidate) => candidate.name === route.subgraph)
    if (!subgraph) continue
    routes[route.path] = forwardToSubgraph({
      ...options,
      subgraph: subgraph.name,
      subgraphUrl: subgraph.url,
      unavailable: route.unavailable,
    })
  }
  return routes
}
