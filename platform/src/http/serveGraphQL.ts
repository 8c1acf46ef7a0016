import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server'
import type { Logger } from 'pino'
import { BodyTooLargeError, ClientFault, logRequestFailure } from '../errors/clientFault.ts'
import { isTracing } from '../telemetry/tracingState.ts'
import { traceRequests } from '../telemetry/traceRequests.ts'
import { lingerOnUnreadBody } from './lingerOnUnreadBody.ts'
import { clientGone, readBody } from './readBody.ts'

export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => Promise<void> | void

/**
 * Runs before routing: may set headers, or answer the request itself (a CORS preflight, a rate
 * limit refusal) and return true so nothing else runs.
 */
export type RequestMiddleware = (req: IncomingMessage, res: ServerResponse) => Promise<boolean> | boolean

export type ServeGraphQLOptions<TContext extends BaseContext> = {
  server: ApolloServer<TContext>
  context: (req: IncomingMessage) => Promise<TContext>
  logger: Logger
  port: number
  host?: string
  /**
   * Extra routes: a bare path ("/health") answers GET and HEAD; "METHOD /path" ("POST /attachments")
   * answers that method only and reads the request body itself; a path ending in "/*"
   * ("/open311/v2/*") answers every method under that prefix.
   */
  routes?: Record<string, RouteHandler>
  /** Extra POST routes such as a webhook, keyed by path. */
  postRoutes?: Record<string, RouteHandler>
  /** ETags on GET answers, and 304 when the client already has the same body (CDNs, browsers). */
  etags?: boolean
  maxBodyBytes?: number
  /** Most operations one batched (JSON array) request may carry; more is refused before any runs. */
  maxBatchSize?: number
  middleware?: RequestMiddleware[]
  /** With tracing on, continue the caller's trace (a subgraph behind the gateway) rather than start one. */
  continueCallerTrace?: boolean
}

export type RunningServer = {
  url: string
  port: number
  httpServer: Server
  stop: () => Promise<void>
}

export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  })
  res.end(body)
}

function graphQLErrorBody(message: string, code: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] }
}

/** Answers with a GraphQL-shaped error outside of execution (a refusal before the operation runs). */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  message: string,
  code: string,
  extensions: Record<string, unknown> = {},
): void {
  sendJson(res, status, graphQLErrorBody(message, code, extensions))
}

/** Node's own answers to a request it cannot parse, kept, with a JSON body in the usual shape. */
const PARSE_FAILURES: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'Phần đầu (header) của yêu cầu quá lớn.'],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, 'Payload Too Large', 'Yêu cầu quá lớn.'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout', 'Yêu cầu gửi quá chậm.'],
}
const MALFORMED: [number, string, string] = [400, 'Bad Request', 'Yêu cầu HTTP không hợp lệ hoặc không trọn vẹn.']

/**
 * The server's 'clientError': a request line or headers HTTP cannot parse, or a body that ends
 * before its Content-Length. Answered 4xx in the usual JSON shape (Node's default has no body)
 * and logged at warn; a reset (the client is gone) needs neither.
 */
function refuseMalformedRequest(error: NodeJS.ErrnoException, socket: Duplex, logger: Logger): void {
  if (error.code !== 'ECONNRESET')
    logger.warn({ fault: error.code, reason: error.message }, 'refused a malformed HTTP request')
  const inFlight = (socket as Duplex & { _httpMessage?: ServerResponse })._httpMessage
  if (!socket.writable || inFlight?.headersSent) return void socket.destroy()
  const [status, reason, message] = PARSE_FAILURES[error.code ?? ''] ?? MALFORMED
  const body = JSON.stringify(graphQLErrorBody(message, 'BAD_REQUEST'))
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nconnection: close\r\ncontent-type: application/json; charset=utf-8\r\n` +
      `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  )
}

/** What a refused request hears: the client's own fault by its status, anything else a bare 500. */
function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown, logger: Logger): void {
  logRequestFailure(logger, error, { method: req.method, path: req.url?.split('?', 1)[0] }, 'http handler failed')
  // Nobody to answer (a reset, a body cut short), or an answer already on its way that must not look whole.
  if (clientGone(req) || res.headersSent) return void res.destroy()
  lingerOnUnreadBody(req, res)
  if (error instanceof BodyTooLargeError) return sendJson(res, 413, graphQLErrorBody('Yêu cầu quá lớn.', 'BAD_REQUEST'))
  if (error instanceof ClientFault) {
    const message = 'Nội dung yêu cầu không trọn vẹn (ngắn hơn Content-Length hoặc bị ngắt giữa chừng).'
    return sendJson(res, error.status, graphQLErrorBody(message, 'BAD_REQUEST'))
  }
  sendJson(res, 500, graphQLErrorBody('Lỗi hệ thống.', 'INTERNAL_SERVER_ERROR'))
}

/** The handler of the longest "/prefix/*" route that contains `pathname`, if any. */
function prefixRouteFor(routes: Record<string, RouteHandler>, pathname: string): RouteHandler | undefined {
  let best: [string, RouteHandler] | undefined
  for (const [key, handler] of Object.entries(routes)) {
    if (!key.startsWith('/') || !key.endsWith('/*')) continue
    const prefix = key.slice(0, -1)
    if (pathname.startsWith(prefix) && (!best || prefix.length > best[0].length)) best = [prefix, handler]
  }
  return best?.[1]
}

/** If-None-Match lists ETags (possibly weak, W/"…") or "*". */
function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false
  return ifNoneMatch.split(',').some((candidate) => {
    const tag = candidate.trim()
    return tag === '*' || tag === etag || tag === `W/${etag}`
  })
}

/**
 * Serves an Apollo Server on plain node:http at /graphql (plus a few extra routes), without a web
 * framework: the services need nothing else, and this keeps one code path for subgraphs and gateway.
 */
export async function serveGraphQL<TContext extends BaseContext>(
  options: ServeGraphQLOptions<TContext>,
): Promise<RunningServer> {
  const { server, context, logger, routes = {}, postRoutes = {}, maxBodyBytes = 1_000_000, maxBatchSize } = options
  const { middleware = [], etags = false } = options
  await server.start()

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    // A write to a response whose client is gone (or one written twice) must not crash the process.
    res.on('error', (error) => logRequestFailure(logger, error, { path: req.url?.split('?', 1)[0] }, 'response failed'))
    try {
      for (const step of middleware) if (await step(req, res)) return
      const url = new URL(req.url ?? '/', 'http://localhost')
      const methodRoute = routes[`${req.method} ${url.pathname}`]
      if (methodRoute) return await methodRoute(req, res)
      const route = routes[url.pathname]
      if (route && (req.method === 'GET' || req.method === 'HEAD')) return await route(req, res)
      const postRoute = postRoutes[url.pathname]
      if (postRoute && req.method === 'POST') return await postRoute(req, res)
      const prefixRoute = prefixRouteFor(routes, url.pathname)
      if (prefixRoute) return await prefixRoute(req, res)
      if (url.pathname !== '/graphql') return sendJson(res, 404, { error: 'not found' })

      const headers = new HeaderMap()
      for (const [key, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value)
      }
      let body: unknown = undefined
      if (req.method === 'POST') {
        const raw = await readBody(req, maxBodyBytes)
        try {
          body = raw.length > 0 ? JSON.parse(raw) : undefined
        } catch {
          return sendJson(res, 400, graphQLErrorBody('Yêu cầu không phải JSON hợp lệ.', 'BAD_REQUEST'))
        }
        if (maxBatchSize !== undefined && Array.isArray(body) && body.length > maxBatchSize) {
          return sendJson(
            res,
            400,
            graphQLErrorBody(`Một yêu cầu gộp chỉ được chứa tối đa ${maxBatchSize} thao tác.`, 'BAD_REQUEST'),
          )
        }
      }
      const response = await server.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
        context: () => context(req),
      })
      for (const [key, value] of response.headers) res.setHeader(key, value)
      res.statusCode = response.status ?? 200
      if (response.body.kind === 'complete') {
        if (etags && req.method === 'GET' && res.statusCode === 200) {
          const etag = `"${createHash('sha1').update(response.body.string).digest('base64url')}"`
          res.setHeader('etag', etag)
          if (matchesEtag(req.headers['if-none-match'], etag)) {
            res.statusCode = 304
            return res.end()
          }
        }
        res.end(response.body.string)
      } else {
        for await (const chunk of response.body.asyncIterator) {
          if (res.destroyed) break
          res.write(chunk)
        }
        res.end()
      }
    } catch (error) {
      try {
        answerFailure(req, res, error, logger)
      } catch (failure) {
        // Last resort: a rejection here would be unhandled, and an unhandled rejection ends the process.
        logger.error({ err: failure }, 'could not answer a failed request')
        res.destroy()
      }
    }
  }
  const routePaths = [...Object.keys(routes), ...Object.keys(postRoutes)].map((key) => key.replace(/^[A-Z]+ /, ''))
  const httpServer = createServer(
    isTracing()
      ? traceRequests(handle, {
          routes: new Set(['/graphql', ...routePaths]),
          continueCallerTrace: options.continueCallerTrace ?? false,
        })
      : handle,
  )
  // Keep-alive connections from the gateway are reused; close idle ones before a proxy would.
  httpServer.keepAliveTimeout = 65_000
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) =>
    refuseMalformedRequest(error, socket, logger),
  )

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject)
    httpServer.listen(options.port, options.host ?? '127.0.0.1', () => resolve())
  })
  const { port } = httpServer.address() as AddressInfo
  const host = options.host && options.host !== '0.0.0.0' && options.host !== '::' ? options.host : '127.0.0.1'
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}/graphql`

  return {
    url,
    port,
    httpServer,
    stop: async () => {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve())
        httpServer.closeAllConnections()
      })
      await server.stop()
    },
  }
}
