import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { ServiceStatuses } from '@caunoi/platform'

export type StatusServer = { url: string; close: () => Promise<void> }

/**
 * Serves the supervisor's view of every service as JSON on a loopback-only ephemeral port; the
 * gateway's /health reads it (SUPERVISOR_STATUS_URL) to tell a restarting subgraph from a down one.
 */
export async function serveStatus(statuses: () => ServiceStatuses): Promise<StatusServer> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET') {
      res.writeHead(405, { allow: 'GET' }).end()
      return
    }
    res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    res.end(JSON.stringify(statuses()))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  // Never keeps `npm start` alive on its own, and never delays its exit.
  server.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
