import { createHash } from 'node:crypto'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server'
import type { Logger } from 'pino'
import { isTracing } from '../telemetry/tracingState.ts'
import { traceRequests } from '../telemetry/traceRequests.ts'
import { BodyTooLargeError, readBody } from './readBody.ts'

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
        for await (const chunk of response.body.asyncIterator) res.write(chunk)
        res.end()
      }
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        return sendJson(res, 413, graphQLErrorBody('Yêu cầu quá lớn.', 'BAD_REQUEST'))
      }
      logger.error({ err: error }, 'http handler failed')
      if (!res.headersSent) sendJson(res, 500, graphQLErrorBody('Lỗi hệ thống.', 'INTERNAL_SERVER_ERROR'))
      else res.end()
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
