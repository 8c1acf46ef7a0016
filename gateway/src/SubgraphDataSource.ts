import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { CLIENT_ADDRESS_HEADER, type Logger } from '@caunoi/platform'
import { REQUEST_ID_HEADER, type GatewayContext } from './requestId.ts'
import { errorFromSubgraphResponse, SubgraphUnavailableError } from './subgraphErrors.ts'

export type SubgraphDataSourceOptions = {
  name: string
  url: string
  /** A subgraph that accepts the connection but never answers must not hold the client forever. */
  timeoutMs: number
  logger: Logger
}

/** The fetch response type of Apollo's data source (from @apollo/utils.fetcher, not a direct dependency). */
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]

function isAbort(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name
  return name === 'AbortError' || name === 'TimeoutError'
}

/** Calls one subgraph: forwards the request id, bounds the wait, and names the subgraph when it fails. */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  readonly name: string
  private readonly logger: Logger

  constructor({ name, url, timeoutMs, logger }: SubgraphDataSourceOptions) {
    super({ url })
    this.name = name
    this.logger = logger
    const fetchWithoutTimeout = this.fetcher
    this.fetcher = (input, init) => fetchWithoutTimeout(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading call without a request context.
    if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId)
    if (context?.clientAddress) request.http?.headers.set(CLIENT_ADDRESS_HEADER, context.clientAddress)
  }

  override async errorFromResponse(response: FetcherResponse) {
    const body = await this.parseBody(response).catch(() => undefined)
    return errorFromSubgraphResponse(this.name, response.status, body)
  }

  override didEncounterError(
    error: Error,
    _fetchRequest: unknown,
    fetchResponse?: FetcherResponse,
    context?: GatewayContext,
  ): never {
    const requestId = context?.requestId
    if (!fetchResponse || isAbort(error)) {
      this.logger.warn({ err: error, subgraph: this.name, url: this.url, requestId }, 'subgraph unreachable')
      throw new SubgraphUnavailableError(this.name)
    }
    if (error instanceof SubgraphUnavailableError) {
      this.logger.warn(
        { subgraph: this.name, url: this.url, status: fetchResponse.status, requestId },
        'subgraph failing',
      )
    }
    throw error
  }
}
