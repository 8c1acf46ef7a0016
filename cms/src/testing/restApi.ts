import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { BodyCutShortError, clientGone, readBodyBytes, sendJson } from '@caunoi/platform'
import { handleEndpoints, type Payload } from 'payload'
import { answerRest } from '../rest/answerRest.ts'

/** Payload's uploads in tests are small; the admin's own limit is Next's. */
const MAX_BODY_BYTES = 20_000_000

/**
 * Payload's REST API (login, logout, /api/users/me …) over node:http, as the admin's Next.js route
 * serves it in production, without building the admin.
 */
export async function serveCmsRestApi(payload: Payload) {
  const rest = answerRest(payload.config, (request: Request) => handleEndpoints({ config: payload.config, request }))
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    const raw = await readBodyBytes(req, MAX_BODY_BYTES)
    const headers = new Headers()
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value)
    }
    const body = raw.length > 0 ? new Uint8Array(raw) : undefined
    const response = await rest(
      new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body }),
    )
    res.writeHead(response.status, Object.fromEntries(response.headers))
    res.end(Buffer.from(await response.arrayBuffer()))
  }
  const server = createServer((req, res) => {
    // A rejection here would be unhandled and end the test process: answer it instead.
    answer(req, res).catch((error: unknown) => {
      if (clientGone(req) || res.headersSent) return void res.destroy()
      if (error instanceof BodyCutShortError) return sendJson(res, 400, { errors: [{ message: error.message }] })
      payload.logger.error({ err: error }, 'test REST API request failed')
      sendJson(res, 500, { errors: [{ message: 'Lỗi hệ thống.' }] })
    })
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
