import type { IncomingMessage, ServerResponse } from 'node:http'

/** How long, and how much of, a refused body may keep streaming in after its answer. */
const LINGER_MS = 5_000
const LINGER_BYTES = 16 * 1024 * 1024

/**
 * For a request answered before its body was read (a wrong key, a wrong type, the sixth file): once
 * the answer is out, the rest of the body is read and dropped, up to 16 MB and a few seconds.
 * Closing at once would reset a client still sending (often the gateway, streaming an upload), and a
 * reset can reach it before the answer does. Node's parser keeps the dropped bytes from passing for
 * a next request; a body beyond the bound closes the connection.
 */
export function lingerOnUnreadBody(req: IncomingMessage, res: ServerResponse): void {
  if (req.complete) return
  req.unpipe()
  res.once('finish', () => {
    if (req.complete || req.socket.destroyed) return
    let dropped = 0
    const close = () => req.socket.destroy()
    const timer = setTimeout(close, LINGER_MS)
    timer.unref()
    req.on('data', (chunk: Buffer) => {
      dropped += chunk.length
      if (dropped > LINGER_BYTES) close()
    })
    req.once('close', () => clearTimeout(timer))
    req.resume()
  })
}
