import type { IncomingMessage, ServerResponse } from 'node:http'
import { ErrorCode, sendJson, type FieldProblem, type Logger, type RouteHandler } from '@caunoi/platform'
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

/** Reads every file part into memory, stopping at the limits instead of buffering whatever is sent. */
function receiveFiles(req: IncomingMessage, limits: AttachmentLimits): Promise<ReceivedFile[]> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy
    try {
      parser = busboy({
        headers: req.headers,
        // One byte over the largest allowed file tells an oversized file from one exactly at the limit.
        limits: { files: limits.maxFiles, fileSize: limits.maxVideoBytes + 1, fields: 10, parts: limits.maxFiles + 10 },
      })
    } catch {
      reject(new UploadRefused(415, 'Yêu cầu phải ở dạng multipart/form-data.'))
      return
    }
    const files: { chunks: Buffer[]; truncated: boolean }[] = []
    let refused: UploadRefused | null = null
    parser.on('file', (_field, stream) => {
      const file = { chunks: [] as Buffer[], truncated: false }
      files.push(file)
      stream.on('data', (chunk: Buffer) => file.chunks.push(chunk))
      stream.on('limit', () => (file.truncated = true))
    })
    parser.on('filesLimit', () => {
      refused = new UploadRefused(400, `Chỉ được gửi tối đa ${limits.maxFiles} tệp mỗi lần.`, [
        { field: 'files', message: `Chỉ được gửi tối đa ${limits.maxFiles} tệp mỗi lần.` },
      ])
    })
    parser.on('error', () => reject(new UploadRefused(400, 'Dữ liệu tải lên không hợp lệ.')))
    parser.on('close', () => {
      if (refused) reject(refused)
      else resolve(files.map((f) => ({ data: Buffer.concat(f.chunks), truncated: f.truncated })))
    })
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
      // Stop reading a refused body (e.g. the 6th file) so the client gets its answer at once.
      res.setHeader('connection', 'close')
      sendJson(res, error.status, {
        errors: [{ message: error.message, extensions: { code: ErrorCode.BadUserInput, problems: error.problems } }],
      })
    }
  }
}
