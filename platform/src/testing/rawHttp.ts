import { connect, type Socket } from 'node:net'

export type RawAnswer = { status: number; headers: string; body: string }

type RawRequest = {
  method?: string
  path: string
  headers?: Record<string, string>
  body?: string | Uint8Array
  /** The Content-Length to announce; the body's own length when absent (set it higher to lie). */
  contentLength?: number
}

/** An HTTP/1.1 request as exact bytes, on a connection the server closes after answering. */
export function rawRequestBytes({ method = 'POST', path, headers = {}, body = '', contentLength }: RawRequest): Buffer {
  const bytes = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body)
  const head = [`${method} ${path} HTTP/1.1`, 'host: localhost', 'connection: close']
  for (const [name, value] of Object.entries(headers)) head.push(`${name}: ${value}`)
  if (bytes.length > 0 || contentLength !== undefined) head.push(`content-length: ${contentLength ?? bytes.length}`)
  return Buffer.concat([Buffer.from(head.join('\r\n') + '\r\n\r\n'), bytes])
}

function open(url: string): Promise<Socket> {
  const { hostname, port } = new URL(url)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => resolve(socket))
    socket.once('error', reject)
  })
}

function parseAnswer(raw: string): RawAnswer {
  const split = raw.indexOf('\r\n\r\n')
  const headers = split < 0 ? raw : raw.slice(0, split)
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0)
  return { status, headers: headers.toLowerCase(), body: split < 0 ? '' : raw.slice(split + 4) }
}

/**
 * Writes exact bytes on a new connection and reads the answer until the server closes it. With
 * `thenEnd`, also ends the sending side, as a client that stops short of its Content-Length does
 * (Node's server takes a half-close for the client leaving).
 */
export async function sendRaw(url: string, bytes: Uint8Array, { thenEnd = false } = {}): Promise<RawAnswer> {
  const socket = await open(url)
  let raw = ''
  socket.setEncoding('utf8').on('data', (chunk: string) => (raw += chunk))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  // A server that answers and closes before reading everything may reset us: the answer still counts.
  socket.on('error', () => {})
  if (thenEnd) socket.end(bytes)
  else socket.write(bytes)
  await closed
  return parseAnswer(raw)
}

/**
 * Writes exact bytes, then waits for the server to take them in and resets the connection, as a
 * phone that loses its network mid-upload does. Resolves once the connection is gone.
 */
export async function abandonRaw(url: string, bytes: Uint8Array, settleMs = 200): Promise<void> {
  const socket = await open(url)
  socket.on('error', () => {})
  await new Promise<void>((resolve) => socket.write(bytes, () => resolve()))
  await new Promise((resolve) => setTimeout(resolve, settleMs))
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()))
  socket.resetAndDestroy()
  await closed
}

export type FormFile = { field?: string; name: string; type: string; data: Uint8Array }

/** A multipart/form-data body as a browser sends it: each file a part, then the closing boundary. */
export function multipartForm(
  files: FormFile[],
  boundary = 'caunoi-test-boundary',
): { contentType: string; body: Buffer } {
  const parts = files.map((file) =>
    Buffer.concat([
      Buffer.from(
        `--${boundary}\r\ncontent-disposition: form-data; name="${file.field ?? 'files'}"; filename="${file.name}"\r\n` +
          `content-type: ${file.type}\r\n\r\n`,
      ),
      Buffer.from(file.data),
      Buffer.from('\r\n'),
    ]),
  )
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([...parts, Buffer.from(`--${boundary}--\r\n`)]),
  }
}
