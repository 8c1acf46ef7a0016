import { GraphQLError, type GraphQLFormattedError } from 'graphql'

/** Code of the error a client gets when one subgraph cannot be reached; the rest of the data still arrives. */
export const SUBGRAPH_UNAVAILABLE = 'SUBGRAPH_UNAVAILABLE'

/** A subgraph did not answer (refused, reset, timed out, or a proxy's 5xx): names it, hides where it lives. */
export class SubgraphUnavailableError extends GraphQLError {
  constructor(readonly subgraph: string) {
    super(`Dịch vụ "${subgraph}" tạm thời không phản hồi; dữ liệu do dịch vụ này cung cấp bị thiếu.`, {
      extensions: { code: SUBGRAPH_UNAVAILABLE, subgraph },
    })
    this.name = 'SubgraphUnavailableError'
  }
}

function isGraphQLResponseBody(body: unknown): body is { errors: GraphQLFormattedError[] } {
  return (
    typeof body === 'object' &&
    body !== null &&
    Array.isArray((body as { errors?: unknown }).errors) &&
    (body as { errors: unknown[] }).errors.length > 0
  )
}

/**
 * The error a subgraph reported in a non-2xx response. Apollo Server answers 400 for a variable
 * its own scalars reject (a malformed DateTime), so its coded error is kept rather than an opaque
 * "400: Bad Request"; the gateway's formatter still decides what the client may see.
 */
export function errorFromSubgraphResponse(subgraph: string, status: number, body: unknown): GraphQLError {
  if (isGraphQLResponseBody(body)) {
    const [first] = body.errors
    const { stacktrace: _stacktrace, exception: _exception, ...extensions } = first?.extensions ?? {}
    return new GraphQLError(first?.message ?? `Dịch vụ "${subgraph}" trả lỗi ${status}.`, {
      extensions: { ...extensions, serviceName: subgraph },
    })
  }
  if (status >= 500) return new SubgraphUnavailableError(subgraph)
  return new GraphQLError(`Subgraph "${subgraph}" answered HTTP ${status} without a GraphQL body`, {
    extensions: { serviceName: subgraph },
  })
}
