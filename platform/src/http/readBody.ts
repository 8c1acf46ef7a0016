import type { IncomingMessage } from 'node:http'
import { BodyCutShortError, BodyTooLargeError } from '../errors/clientFault.ts'

export { BodyCutShortError, BodyTooLargeError }

/** Whether the client is gone: its request was cut off, or the connection closed. */
export const clientGone = (req: IncomingMessage): boolean => req.socket.destroyed || (req.destroyed && !req.complete)

/**
 * Reads a request body up to a limit, so one oversized request cannot exhaust memory. A body the
 * client cuts short (a reset, or fewer bytes than its Content-Length) is a BodyCutShortError.
 */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  return (await readBodyBytes(req, limitBytes)).toString('utf8')
}

/** readBody's bytes, for bodies that are not text (uploads). */
export async function readBodyBytes(req: IncomingMessage, limitBytes: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0)
  if (declared > limitBytes) throw new BodyTooLargeError(`body larger than ${limitBytes} bytes`)
  const chunks: Buffer[] = []
  let size = 0
  try {
    for await (const chunk of req) {
      size += (chunk as Buffer).length
      if (size > limitBytes) throw new BodyTooLargeError(`body larger than ${limitBytes} bytes`)
      chunks.push(chunk as Buffer)
    }
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw error
    throw new BodyCutShortError(`request body cut short (${(error as Error).message})`)
  }
  // The async iterator ends quietly when the request closes early without an error.
  if (!req.complete) throw new BodyCutShortError()
  return Buffer.concat(chunks)
}
