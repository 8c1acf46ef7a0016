import type { GraphQLFormattedError } from 'graphql'
import { unwrapResolverError } from '@apollo/server/errors'
import { createErrorFormatter, ErrorCode, type Logger } from '@caunoi/platform'
import { SubgraphUnavailableError } from './subgraphErrors.ts'

/** Codes that blame the query: from a subgraph they blame the query the gateway planned, not the client's. */
const QUERY_REJECTED_CODES = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED'])

/**
 * The platform's formatter (client codes pass, anything else becomes a generic internal error),
 * plus the gateway's own cases: a subgraph that did not answer is named so the client knows which
 * part of the data is missing, and a subgraph rejecting a planned query (a stale supergraph) is
 * the platform's fault, not the client's. Subgraph errors arrive pre-formatted, possibly by servers
 * that leak internals (partner subgraphs), so debugging extensions are dropped even from client errors.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  const formatPlatformError = createErrorFormatter(logger)
  return function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error)
    if (original instanceof SubgraphUnavailableError) {
      return { message: original.message, extensions: { ...original.extensions } }
    }
    const code = formatted.extensions?.code
    const subgraph = formatted.extensions?.serviceName
    if (typeof code === 'string' && QUERY_REJECTED_CODES.has(code) && subgraph !== undefined) {
      logger.error(
        { subgraph, message: formatted.message },
        'subgraph rejected a planned query: is the supergraph stale?',
      )
      return formatPlatformError({ ...formatted, extensions: { code: ErrorCode.Internal } }, error)
    }
    return withoutDebugExtensions(formatPlatformError(formatted, error))
  }
}

function withoutDebugExtensions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted
  const { exception: _exception, response: _response, stacktrace: _stacktrace, ...extensions } = formatted.extensions
  return { ...formatted, extensions }
}
