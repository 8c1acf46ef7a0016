import { CLAIMS_HEADER, verifyClaims } from '@caunoi/platform'
import { isQueryRequest, type SubgraphFetch } from './queryRetries.ts'
import { readResponse } from './subgraphHttpClient.ts'

/** One subgraph answer, read once, for every caller waiting on it. */
type SharedAnswer = { status: number; url: string; headers: Headers; body: string }

export type DeduplicationOptions = {
  /** Reads the claims this gateway signed for the subgraph, to share only between the same callers. */
  claims?: { secret: string; audience: string }
  /** Counts reads answered by sharing (metrics). */
  onShared?: () => void
}

function headerOf(init: RequestInit, name: string): string {
  const headers = init.headers
  if (!headers) return ''
  if (headers instanceof Headers) return headers.get(name) ?? ''
  if (Array.isArray(headers)) return headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? ''
  return (headers as Record<string, string>)[name] ?? ''
}

/** Lookups by a verifier (report, dossier) are counted per client by the subgraph, wrong guesses included. */
function checksVerifier(init: RequestInit): boolean {
  try {
    const { query } = JSON.parse(init.body as string) as { query?: unknown }
    return typeof query === 'string' && /\bverifier\s*:/.test(query)
  } catch {
    return true
  }
}

/**
 * Who a read may be shared with, or undefined when it must run on its own. The claims' expiry and
 * client address differ per call, so the key is the identity they carry (every anonymous caller
 * alike), plus the client for a verifier lookup: its guesses and its limit are that client's own,
 * and must neither ride on another client's call nor be answered by one.
 */
function sharingScope(init: RequestInit, claims: DeduplicationOptions['claims']): string | undefined {
  const header = headerOf(init, CLAIMS_HEADER)
  // Without claims the subgraph sees every caller as this gateway: there is nobody to tell apart.
  if (!header) return ''
  if (!claims) return undefined
  let envelope
  try {
    envelope = verifyClaims(header, claims.secret, claims.audience)
  } catch {
    return undefined
  }
  const who = JSON.stringify(envelope.identity ?? null)
  return checksVerifier(init) ? `${who}\n${envelope.clientAddress}` : who
}

/**
 * Identical reads sent to a subgraph while the first is still in flight share its answer: when a scam
 * warning or exam results go out, thousands of phones ask the same thing in the same second, and the
 * subgraph should answer it once. Only queries are shared (a mutation always runs), and only between
 * callers with the same verified identity, so nobody receives data meant for someone else. The request
 * id and client address of a follower do not reach the subgraph: its logs show the leader's. Each
 * caller parses the body itself, because the gateway merges entity answers in place.
 */
export function withInflightDeduplication(fetch: SubgraphFetch, options: DeduplicationOptions = {}): SubgraphFetch {
  const inflight = new Map<string, Promise<SharedAnswer>>()
  return async (url, init) => {
    if (!isQueryRequest(init)) return fetch(url, init)
    const scope = sharingScope(init, options.claims)
    if (scope === undefined) return fetch(url, init)
    const key = `${url}\n${scope}\n${init.body as string}`
    let answer = inflight.get(key)
    if (answer) options.onShared?.()
    else {
      answer = fetch(url, init)
        .then(async (response) => ({
          status: response.status,
          url: response.url,
          // Read-only from here on, so one headers object serves every waiter.
          headers: response.headers,
          body: await response.text(),
        }))
        .finally(() => inflight.delete(key))
      inflight.set(key, answer)
    }
    const { status, url: answeredUrl, headers, body } = await answer
    return readResponse(status, answeredUrl, headers, body)
  }
}
