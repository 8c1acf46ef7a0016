import type { Logger } from 'pino'
import { GraphQLError } from 'graphql'

/** A request refused for what the client sent: answered 4xx, logged at warn without a stack. */
export class ClientFault extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

export class BodyTooLargeError extends ClientFault {
  override name = 'BodyTooLargeError'
  constructor(message: string) {
    super(413, message)
  }
}

/** The body ended before its Content-Length (or its own closing boundary), or the client went away mid-body. */
export class BodyCutShortError extends ClientFault {
  override name = 'BodyCutShortError'
  constructor(message = 'request body cut short') {
    super(400, message)
  }
}

/** The HTTP status a GraphQL error asked for (Apollo's `extensions.http`), if any. */
function requestedStatus(error: GraphQLError): number | undefined {
  const http = error.extensions?.http as { status?: unknown } | undefined
  return typeof http?.status === 'number' ? http.status : undefined
}

/**
 * Whether a failure is the client's doing (bad input, a broken or abandoned request), not the
 * server's. A bare ECONNRESET is not enough: the database's connection can reset too.
 */
export function isClientFault(error: unknown): boolean {
  if (error instanceof ClientFault) return true
  if (error instanceof GraphQLError) {
    const status = requestedStatus(error)
    return status !== undefined && status >= 400 && status < 500
  }
  // Node's HTTP parser: a request line, headers or body framing that is not HTTP.
  const code = (error as { code?: unknown } | null)?.code
  return typeof code === 'string' && code.startsWith('HPE_')
}

/**
 * The one rule for logging a failed request: the client's mistakes at warn with their code and
 * reason only (no stack: they are routine and say nothing about our code), anything else at error
 * in full.
 */
export function logRequestFailure(logger: Logger, error: unknown, fields: Record<string, unknown>, message: string) {
  if (!isClientFault(error)) return logger.error({ ...fields, err: error }, message)
  const { name, code } = error as { name?: unknown; code?: unknown }
  logger.warn({ ...fields, fault: code ?? name, reason: (error as Error).message }, message)
}
