import type { FuzzRequest } from './fuzzRequest.ts'

const SHOWN_BYTES = 600

const utf8 = new TextDecoder('utf-8', { fatal: true })

/** Bytes as a JSON string (so NUL and CR are visible), as UTF-8 when they are, else latin1 (one char a byte). */
function showBytes(body: Uint8Array): string {
  const buffer = Buffer.from(body)
  let encoding: 'utf8' | 'latin1' = 'utf8'
  try {
    utf8.decode(buffer)
  } catch {
    encoding = 'latin1'
  }
  const show = (part: Buffer) => JSON.stringify(part.toString(encoding))
  if (buffer.length <= SHOWN_BYTES) return show(buffer)
  // Shortened in bytes; a UTF-8 character cut at either end shows as U+FFFD.
  return `${show(buffer.subarray(0, SHOWN_BYTES - 150))} … (${buffer.length} bytes in all) … ${show(buffer.subarray(-150))}`
}

const encodingNote = (body: Uint8Array) => {
  try {
    utf8.decode(body)
    return ', UTF-8'
  } catch {
    return ', latin1: one character per byte'
  }
}

/** A request as a reproduction: method, target and path, headers, framing and body bytes (latin1). */
export function describeRequest(request: FuzzRequest): string {
  const framing = [
    request.contentLength !== undefined ? `Content-Length: ${request.contentLength} (sent ${request.body.length})` : '',
    request.noContentLength ? 'no Content-Length, socket half-closed after the body' : '',
    request.cutShort ? 'socket half-closed after the body' : '',
    request.reset ? 'connection reset (RST) right after the body' : '',
  ].filter(Boolean)
  return [
    `${request.method} ${request.path} → ${request.target}  [${request.kind}]`,
    ...request.headers.map(([name, value]) => `  ${name}: ${value.length > 300 ? `${value.slice(0, 300)}…` : value}`),
    ...framing.map((line) => `  (${line})`),
    `  body (${request.body.length} bytes${encodingNote(request.body)}): ${showBytes(request.body)}`,
  ].join('\n')
}
