import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type GraphQLReply = {
  status: number
  headers: Headers
  text: string
  body: { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] }
}

/** Posts a GraphQL request the way a browser client would (JSON, so CSRF prevention lets it in). */
export async function postGraphQL(
  url: string,
  request: {
    query?: string
    operationName?: string
    variables?: Record<string, unknown>
    extensions?: Record<string, unknown>
  },
  headers: Record<string, string> = {},
): Promise<GraphQLReply> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(request),
  })
  const text = await response.text()
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) }
}

export function healthUrl(graphqlUrl: string): string {
  return new URL('/health', graphqlUrl).toString()
}

export type FakeServer = { url: string; stop: () => Promise<void> }

/** A server that accepts requests and answers them with `respond`, or never if it is omitted. */
export async function startFakeSubgraph(respond?: (res: ServerResponse) => void): Promise<FakeServer> {
  const server: Server = createServer((_req, res) => respond?.(res))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
