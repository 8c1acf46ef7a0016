import type { IncomingMessage, ServerResponse } from 'node:http'
import { finished } from 'node:stream'
import {
  lingerOnUnreadBody,
  BodyCutShortError,
  ErrorCode,
  sendJson,
  type FieldProblem,
  type Logger,
  type RouteHandler,
} from '@caunoi/platform'
import busboy from 'busboy'
import type { Payload } from 'payload'
import { formatSize, type AttachmentLimits } from '../domain/attachmentLimits.ts'
import { AttachmentRejected, sanitizeAttachment, type SanitizedAttachment } from '../domain/sanitizeAttachment.ts'
import { storeAttachments } from '../domain/storeAttachments.ts'

type Deps = { payload: Payload; logger: Logger; limits: AttachmentLimits }

/** A refusal of the whole upload, answered as the GraphQL endpoint answers bad input. */
class UploadRefused extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: FieldProblem[] = [],
  ) {
    super(message)
  }
}

type ReceivedFile = { data: Buffer; truncated: boolean }

/** Room for the multipart framing around the largest files allowed; a body beyond it is not an upload. */
const FRAMING_BYTES = 1_000_000

/**
 * Reads every file part into memory, stopping at the limits instead of buffering whatever is sent.
 * Settles exactly once: with the files, with an UploadRefused (a malformed or oversized form), or
 * with a BodyCutShortError when the client goes away mid-body. Every stream's 'error' is listened
 * to: busboy destroys the current part with its own error when the form ends early, and an
 * unheard 'error' event ends the process.
 */
function receiveFiles(req: IncomingMessage, limits: AttachmentLimits): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    let settled = false
    let stopWatchingRequest = () => {}
    const settle = (outcome: ReceivedFile[] | Error) => {
      if (settled) return
      settled = true
      stopWatchingRequest()
      if (outcome instanceof Error) reject(outcome)
      else resolve(outcome)
    }
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        // One byte over the largest allowed file tells an oversized file from one exactly at the limit.
        limits: { files: limits.maxFiles, fileSize: limits.maxVideoBytes + 1, fields: 10, parts: limits.maxFiles + 10 },
      })
    } catch {
      settled = true
      reject(new UploadRefused(415, 'Yêu cầu phải ở dạng multipart/form-data.'))
      return
    }
    /** Stops parsing: the rest of the body is read and dropped, so the answer can still be sent. */
    const refuse = (refusal: Error) => {
      req.unpipe(parser)
      parser.destroy()
      req.resume()
      settle(refusal)
    }
    const files: { chunks: Buffer[]; truncated: boolean }[] = []
    let refused: UploadRefused | null = null
    parser.on('file', (_field, stream) => {
      const file = { chunks: [] as Buffer[], truncated: false }
      files.push(file)
      stream.on('data', (chunk: Buffer) => file.chunks.push(chunk))
      stream.on('limit', () => (file.truncated = true))
      // The same failure reaches the parser's 'error', which answers it.
      stream.on('error', () => {})
    })
    parser.on('filesLimit', () => {
      refused = new UploadRefused(400, `Chỉ được gửi tối đa ${limits.maxFiles} tệp mỗi lần.`, [
        { field: 'files', message: `Chỉ được gửi tối đa ${limits.maxFiles} tệp mỗi lần.` },
      ])
    })
    parser.on('error', () =>
      refuse(
        new UploadRefused(400, 'Dữ liệu tải lên không hợp lệ hoặc không trọn vẹn (thiếu phần kết thúc biểu mẫu).'),
      ),
    )
    parser.on('close', () => {
      if (refused) settle(refused)
      else settle(files.map((f) => ({ data: Buffer.concat(f.chunks), truncated: f.truncated })))
    })
    const maxBytes = limits.maxFiles * (limits.maxVideoBytes + 1) + FRAMING_BYTES
    let received = 0
    const count = (chunk: Buffer) => {
      received += chunk.length
      if (received > maxBytes)
        refuse(new UploadRefused(413, `Tổng dung lượng tải lên vượt quá ${formatSize(maxBytes)}.`))
    }
    // A reset, or a Content-Length the client never sends in full: nobody is left to answer.
    stopWatchingRequest = finished(req, (error) => {
      if (error && !settled) {
        parser.destroy()
        settle(new BodyCutShortError(`upload cut short (${error.message})`))
      }
    })
    req.on('data', count)
    req.pipe(parser)
  })
}

async function sanitizeAll(files: ReceivedFile[], limits: AttachmentLimits): Promise<SanitizedAttachment[]> {
  if (files.length === 0) {
    const message = 'Vui lòng chọn ít nhất một ảnh hoặc video.'
    throw new UploadRefused(400, message, [{ field: 'files', message }])
  }
  const problems: FieldProblem[] = []
  const sanitized: SanitizedAttachment[] = []
  let tooLarge = false
  for (const [index, file] of files.entries()) {
    const field = `files[${index}]`
    if (file.truncated) {
      tooLarge = true
      problems.push({ field, message: `Tệp vượt quá ${formatSize(limits.maxVideoBytes)}.` })
      continue
    }
    try {
      sanitized.push(await sanitizeAttachment(file.data, limits))
    } catch (error) {
      if (!(error instanceof AttachmentRejected)) throw error
      tooLarge ||= error.tooLarge
      problems.push({ field, message: error.message })
    }
  }
  if (problems.length > 0) {
    throw new UploadRefused(
      tooLarge ? 413 : 400,
      `Tệp đính kèm chưa hợp lệ: ${problems.map((p) => p.message).join(' ')}`,
      problems,
    )
  }
  return sanitized
}

/**
 * POST /attachments (multipart/form-data, any field name, one part per file): stores photos and
 * videos for a report about to be submitted and answers 201 { attachments: [{ id, kind, mimeType, size }] }.
 * Nothing is stored unless every file passes.
 */
export function attachmentsRoute({ payload, logger, limits }: Deps): RouteHandler {
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const files = await receiveFiles(req, limits)
      const attachments = await storeAttachments(payload, await sanitizeAll(files, limits), logger).catch(
        (error: unknown) => {
          if (!(error instanceof AttachmentRejected)) throw error
          const problems = [{ field: `files[${error.index ?? 0}]`, message: error.message }]
          throw new UploadRefused(400, `Tệp đính kèm chưa hợp lệ: ${error.message}`, problems)
        },
      )
      sendJson(res, 201, { attachments })
    } catch (error) {
      if (!(error instanceof UploadRefused)) throw error
      logger.warn({ status: error.status, fields: error.problems.map((p) => p.field) }, 'upload refused')
      lingerOnUnreadBody(req, res)
      sendJson(res, error.status, {
        errors: [{ message: error.message, extensions: { code: ErrorCode.BadUserInput, problems: error.problems } }],
      })
    }
  }
}
