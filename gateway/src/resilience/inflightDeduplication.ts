import { CLAIMS_HEADER } from '@caunoi/platform'
import { isQueryRequest, type SubgraphFetch } from './queryRetries.ts'
import { readResponse } from './subgraphHttpClient.ts'

/** One subgraph answer, read once, for every caller waiting on it. */
type SharedAnswer = { status: number; url: string; headers: Headers; body: string }

function headerOf(init: RequestInit, name: string): string {
  const headers = init.headers
  if (!headers) return ''
  if (headers instanceof Headers) return headers.get(name) ?? ''
  if (Array.isArray(headers)) return headers.find(([key]) => key.toLowerCase() === name)?.[1] ?? ''
  return (headers as Record<string, string>)[name] ?? ''
}

/**
 * Identical reads sent to a subgraph while the first is still in flight share its answer: when a scam
 * warning or exam results go out, thousands of phones ask the same thing in the same second, and the
 * subgraph should answer it once. Only queries are shared (a mutation always runs), and only between
 * callers with the same verified identity (the signed claims are part of the key), so nobody receives
 * data meant for someone else. The request id of a follower does not reach the subgraph: its logs show
 * the leader's. Each caller parses the body itself, because the gateway merges entity answers in place.
 */
export function withInflightDeduplication(fetch: SubgraphFetch, onShared?: () => void): SubgraphFetch {
  const inflight = new Map<string, Promise<SharedAnswer>>()
  return async (url, init) => {
    if (!isQueryRequest(init)) return fetch(url, init)
    const key = `${url}\n${headerOf(init, CLAIMS_HEADER)}\n${init.body as string}`
    let answer = inflight.get(key)
    if (answer) onShared?.()
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
