import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload } from 'payload'
import { answerRest } from '../rest/answerRest.ts'

/**
 * Payload's REST API (login, logout, /api/users/me …) over node:http, as the admin's Next.js route
 * serves it in production, without building the admin.
 */
export async function serveCmsRestApi(payload: Payload) {
  const answer = answerRest(payload.config, (request: Request) => handleEndpoints({ config: payload.config, request }))
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const body = chunks.length > 0 ? Buffer.concat(chunks) : undefined
    const response = await answer(
      new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body }),
    )
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
