import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { GatewayMetrics } from './gatewayMetrics.ts'

export type MetricsServer = { url: string; stop: () => Promise<void> }

/** Prometheus' conventional scrape port range starts here; 9464 is OpenTelemetry's Prometheus exporter's. */
export const DEFAULT_METRICS_PORT = 9464

/**
 * GET /metrics in Prometheus' text format, on its own listener (loopback by default): operation
 * names, subgraph error rates and memory are for operators, not for the public port.
 */
export async function serveMetrics(metrics: GatewayMetrics, port: number, host = '127.0.0.1'): Promise<MetricsServer> {
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://metrics').pathname
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n')
      return
    }
    metrics.registry.metrics().then(
      (body) => {
        res.writeHead(200, { 'content-type': metrics.registry.contentType })
        res.end(body)
      },
      () => res.writeHead(500).end(),
    )
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => resolve())
  })
  const address = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${address.port}/metrics`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
