import type { RouteHandler } from '@caunoi/platform'
import { sendJson } from '@caunoi/platform'

/**
 * GET /ready: 200 once the supergraph is loaded and the server listens, 503 once it is stopping, so
 * a load balancer stops sending traffic before connections close. Unlike /health it does not probe
 * subgraphs: a subgraph outage should not take every gateway out of rotation.
 */
export function readyRoute(isReady: () => boolean): RouteHandler {
  return (_req, res) => sendJson(res, isReady() ? 200 : 503, { ready: isReady() })
}
