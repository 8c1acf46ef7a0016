import type { GraphQLFormattedError } from 'graphql'
import { unwrapResolverError } from '@apollo/server/errors'
import { createErrorFormatter, type Logger } from '@caunoi/platform'
import { SubgraphUnavailableError } from './subgraphErrors.ts'

/**
 * The platform's formatter (client codes pass, anything else becomes a generic internal error),
 * plus the gateway's own case: a subgraph that did not answer is named so the client knows which
 * part of the data is missing. Subgraph errors arrive pre-formatted, possibly by servers that leak
 * internals (partner subgraphs), so debugging extensions are dropped even from client errors.
 */
export function createGatewayErrorFormatter(logger: Logger) {
  const formatPlatformError = createErrorFormatter(logger)
  return function formatGatewayError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error)
    if (original instanceof SubgraphUnavailableError) {
      return { message: original.message, extensions: { ...original.extensions } }
    }
    // Apollo's own ValidationError shares its class name with Payload's, which the platform formatter
    // turns into an empty BAD_USER_INPUT; a query the graph cannot answer must keep its own message.
    if (formatted.extensions?.code === 'GRAPHQL_VALIDATION_FAILED') return withoutDebugExtensions(formatted)
    return withoutDebugExtensions(formatPlatformError(formatted, error))
  }
}

function withoutDebugExtensions(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions) return formatted
  const { exception: _exception, response: _response, stacktrace: _stacktrace, ...extensions } = formatted.extensions
  return { ...formatted, extensions }
}
