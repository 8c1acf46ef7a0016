/** The doors a fuzz run knocks on, each with its own generators in `doors/`. */
export const DOORS = ['graphql', 'attachments', 'open311', 'dossierImport', 'cms'] as const
export type Door = (typeof DOORS)[number]

/** Which process a request goes to first: most go through the gateway, as clients' do. */
export type Target = 'gateway' | 'reports' | 'dossiers' | 'cms'

/** One generated HTTP request, written byte for byte to a socket (so it may lie about itself). */
export type FuzzRequest = {
  door: Door
  /** The generator's name, e.g. "graphql.post.schema" (counts and reproductions name it). */
  kind: string
  target: Target
  method: string
  /** The request target as sent: path and query, already encoded (no spaces or line breaks). */
  path: string
  headers: [string, string][]
  body: Uint8Array
  /** A Content-Length that lies (more or fewer bytes than sent); the real length when absent. */
  contentLength?: number
  /** Omit Content-Length altogether (the body then ends when the client closes). */
  noContentLength?: boolean
  /** The client goes away after sending (a half-sent request): no answer is owed. */
  cutShort?: boolean
  /** The connection drops after sending (TCP reset), as a phone losing its network does. */
  reset?: boolean
}

const encoder = new TextEncoder()
export const bytes = (text: string): Uint8Array => encoder.encode(text)

export const concatBytes = (parts: Uint8Array[]): Uint8Array => Buffer.concat(parts)

/** A request whose framing is honest is owed an answer; one that lies or stops short is not. */
export const owesAnswer = (request: FuzzRequest) =>
  !request.cutShort &&
  !request.reset &&
  !request.noContentLength &&
  (request.contentLength === undefined || request.contentLength <= request.body.length)
