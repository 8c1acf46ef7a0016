import type { IncomingMessage, ServerResponse } from 'node:http'
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api'
import {
  ATTR_HTTP_REQUEST_METHOD,
  ATTR_HTTP_RESPONSE_STATUS_CODE,
  ATTR_HTTP_ROUTE,
  ATTR_URL_PATH,
} from '@opentelemetry/semantic-conventions'

const tracer = trace.getTracer('@caunoi/platform')

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'])
const REQUEST_ID_HEADER = 'x-request-id'
/** Request ids are matched between logs and traces; anything longer is not one of ours. */
const MAX_REQUEST_ID_LENGTH = 128

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown

export type TraceRequestsOptions = {
  /** Paths worth a span name of their own; others are named by method only (bounded cardinality). */
  routes: Set<string>
  /** Continue the caller's W3C trace context (subgraphs behind the gateway); the public edge starts its own. */
  continueCallerTrace: boolean
}

function requestIdOf(req: IncomingMessage, res: ServerResponse): string | undefined {
  const answered = res.getHeader(REQUEST_ID_HEADER)
  const id = typeof answered === 'string' ? answered : req.headers[REQUEST_ID_HEADER]
  return typeof id === 'string' && id.length <= MAX_REQUEST_ID_LENGTH ? id : undefined
}

/**
 * Wraps an HTTP handler in a server span that is the active context while the request is handled,
 * so Apollo Gateway's spans and the subgraph calls (with their traceparent) become its children.
 */
export function traceRequests(handler: Handler, options: TraceRequestsOptions): Handler {
  return (req, res) => {
    const parent = options.continueCallerTrace ? propagation.extract(ROOT_CONTEXT, req.headers) : ROOT_CONTEXT
    const method = req.method && KNOWN_METHODS.has(req.method) ? req.method : '_OTHER'
    const path = (req.url ?? '/').split('?', 1)[0] ?? '/'
    const route = options.routes.has(path) ? path : undefined
    const span = tracer.startSpan(
      route ? `${method} ${route}` : method,
      {
        kind: SpanKind.SERVER,
        attributes: {
          [ATTR_HTTP_REQUEST_METHOD]: method,
          [ATTR_URL_PATH]: path.slice(0, 256),
          ...(route ? { [ATTR_HTTP_ROUTE]: route } : {}),
        },
      },
      parent,
    )
    res.once('close', () => {
      span.setAttribute(ATTR_HTTP_RESPONSE_STATUS_CODE, res.statusCode)
      const requestId = requestIdOf(req, res)
      if (requestId) span.setAttribute('caunoi.request_id', requestId)
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR })
      span.end()
    })
    return context.with(trace.setSpan(parent, span), () => handler(req, res))
  }
}

/** Writes the active trace context (traceparent, tracestate) into an outgoing request's headers. */
export function injectTraceContext(headers: { set: (name: string, value: string) => void }): void {
  propagation.inject(context.active(), headers, { set: (carrier, name, value) => carrier.set(name, value) })
}
