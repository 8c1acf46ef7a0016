import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway'
import { CLAIMS_HEADER, injectTraceContext, isTracing, signClaims, type Logger } from '@caunoi/platform'
import { REQUEST_ID_HEADER, type GatewayContext } from './requestId.ts'
import {
  DEFAULT_BREAKER,
  withCircuitBreaker,
  type BreakerSettings,
  type BreakerState,
} from './resilience/circuitBreaker.ts'
import { DEFAULT_RETRIES, withQueryRetries, type RetrySettings, type SubgraphFetch } from './resilience/queryRetries.ts'
import { withInflightDeduplication } from './resilience/inflightDeduplication.ts'
import { subgraphHttpFetch } from './resilience/subgraphHttpClient.ts'
import { errorFromSubgraphResponse, SubgraphUnavailableError } from './subgraphErrors.ts'

export type SubgraphDataSourceOptions = {
  name: string
  url: string
  /** A subgraph that accepts the connection but never answers must not hold the client forever. */
  timeoutMs: number
  logger: Logger
  /** Signs each call's claims (client address, identity) for this subgraph; without it the subgraph learns neither. */
  claimsSecret?: string
  /** Reports each call's duration and failure (metrics). */
  onCall?: (subgraph: string, seconds: number, failed: boolean) => void
  /** Counts reads answered by sharing an identical call already in flight (metrics). */
  onShared?: (subgraph: string) => void
  breaker?: BreakerSettings
  retries?: RetrySettings
  onBreakerState?: (subgraph: string, state: BreakerState) => void
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
  private readonly claimsSecret: string | undefined
  private readonly traced = isTracing()

  constructor(options: SubgraphDataSourceOptions) {
    const { name, url, timeoutMs, logger, claimsSecret, onCall } = options
    super({ url })
    this.name = name
    this.logger = logger
    this.claimsSecret = claimsSecret
    // Pooled keep-alive connections; each try has its own deadline.
    const pooled = subgraphHttpFetch()
    const fetchOnce: SubgraphFetch = (input, init) => pooled(input, { ...init, signal: AbortSignal.timeout(timeoutMs) })
    const guarded = withCircuitBreaker(
      name,
      withQueryRetries(fetchOnce, options.retries ?? DEFAULT_RETRIES),
      options.breaker ?? DEFAULT_BREAKER,
      logger,
      options.onBreakerState,
    )
    const measured: SubgraphFetch = async (input, init) => {
      const started = process.hrtime.bigint()
      let failed = true
      try {
        const response = await guarded(input, init)
        failed = !response.ok
        return response
      } finally {
        onCall?.(name, Number(process.hrtime.bigint() - started) / 1e9, failed)
      }
    }
    const shared = withInflightDeduplication(measured, {
      claims: claimsSecret ? { secret: claimsSecret, audience: name } : undefined,
      onShared: options.onShared && (() => options.onShared!(name)),
    })
    this.fetcher = shared as unknown as typeof this.fetcher
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    // Health checks and schema loading call without a request context.
    if (context?.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId)
    // For this subgraph only and for seconds: the client as this gateway sees it, and who they are if known.
    if (context?.requestId && this.claimsSecret) {
      const envelope = { audience: this.name, clientAddress: context.clientAddress, identity: context.identity }
      request.http?.headers.set(CLAIMS_HEADER, signClaims(envelope, this.claimsSecret))
    }
    // Apollo Gateway's fetch span is active here: the subgraph's spans become its children.
    if (this.traced && request.http) injectTraceContext(request.http.headers)
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
