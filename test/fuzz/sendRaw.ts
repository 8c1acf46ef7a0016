import { connect } from 'node:net'
import type { FuzzRequest } from './fuzzRequest.ts'

export type RawAnswer = {
  /** 0 when the connection ended without a status line. */
  status: number
  headers: string
  body: string
  /** Why no answer came: the socket's error, "closed" or "timeout". */
  failure?: string
}

/** Chunked transfer coding undone, so a pattern split across chunks is still seen. */
function dechunk(raw: Buffer): Buffer {
  const parts: Buffer[] = []
  let offset = 0
  while (offset < raw.length) {
    const lineEnd = raw.indexOf('\r\n', offset)
    if (lineEnd < 0) break
    const size = Number.parseInt(raw.subarray(offset, lineEnd).toString('latin1'), 16)
    if (!Number.isFinite(size) || size <= 0) break
    parts.push(raw.subarray(lineEnd + 2, lineEnd + 2 + size))
    offset = lineEnd + 2 + size + 2
  }
  return Buffer.concat(parts)
}

function parseAnswer(raw: Buffer): Omit<RawAnswer, 'failure'> {
  const headerEnd = raw.indexOf('\r\n\r\n')
  const head = raw.subarray(0, headerEnd < 0 ? raw.length : headerEnd).toString('latin1')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0)
  const rest = headerEnd < 0 ? Buffer.alloc(0) : raw.subarray(headerEnd + 4)
  const body = /\r\ntransfer-encoding:\s*chunked/i.test(head) ? dechunk(rest) : rest
  return { status, headers: head, body: body.toString('utf8') }
}

/**
 * Writes the request to a fresh connection exactly as generated (a lying Content-Length, a body
 * cut short) and reads the first answer until the server closes (every request says
 * "Connection: close").
 */
export function sendRaw(request: FuzzRequest, port: number, timeoutMs = 60_000): Promise<RawAnswer> {
  const head = [`${request.method} ${request.path} HTTP/1.1`, `host: 127.0.0.1:${port}`, 'connection: close']
  for (const [name, value] of request.headers) head.push(`${name}: ${value}`)
  if (!request.noContentLength) head.push(`content-length: ${request.contentLength ?? request.body.length}`)
  const payload = Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`, 'latin1'), request.body])

  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let failure: string | undefined
    const socket = connect({ host: '127.0.0.1', port })
    const timer = setTimeout(() => {
      failure = 'timeout'
      socket.destroy()
    }, timeoutMs)
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    // A server may answer (413, 400) and close before the whole body is written: that is an answer.
    socket.on('error', (error: NodeJS.ErrnoException) => (failure ??= error.code ?? error.message))
    socket.on('close', () => {
      clearTimeout(timer)
      const answer = parseAnswer(Buffer.concat(chunks))
      resolve(answer.status === 0 ? { ...answer, failure: failure ?? 'closed' } : answer)
    })
    socket.write(payload, () => {
      if (request.reset) {
        socket.resetAndDestroy()
        return
      }
      // Without a length, or when the client gives up, the server only learns the end from a half-close.
      const promisesMore = (request.contentLength ?? 0) > request.body.length
      if (request.cutShort || request.noContentLength || promisesMore) socket.end()
    })
  })
}
