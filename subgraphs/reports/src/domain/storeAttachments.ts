import type { Logger } from '@caunoi/platform'
import type { Payload } from 'payload'
import { randomCrockford } from './crockford.ts'
import { AttachmentRejected, type SanitizedAttachment } from './sanitizeAttachment.ts'

/** 26 symbols = 130 random bits: an attachment id cannot be guessed, only received from an upload. */
const ATTACHMENT_TOKEN_LENGTH = 26

export type StoredAttachment = { id: string; kind: SanitizedAttachment['kind']; mimeType: string; size: number }

/**
 * Stores already-sanitized files, all or nothing: if one fails, those stored before it are removed,
 * so a failed upload leaves no orphan the citizen cannot reference.
 */
export async function storeAttachments(
  payload: Payload,
  files: SanitizedAttachment[],
  logger: Logger,
): Promise<StoredAttachment[]> {
  const stored: { docId: number; attachment: StoredAttachment }[] = []
  try {
    for (const [index, file] of files.entries()) {
      const token = `A${randomCrockford(ATTACHMENT_TOKEN_LENGTH)}`
      // The citizen's file name is dropped: it can carry a name, a date or a place.
      const doc = await payload
        .create({
          collection: 'reportAttachments',
          data: { token, kind: file.kind },
          file: {
            data: file.data,
            mimetype: file.mimeType,
            name: `${token}.${file.extension}`,
            size: file.data.length,
          },
          depth: 0,
        })
        .catch((error: unknown) => {
          // Payload checks the file's inner structure too (e.g. the boxes of an MP4): a broken file.
          if (error instanceof Error && error.name === 'ValidationError') {
            throw new AttachmentRejected('Tệp hỏng hoặc không đúng định dạng.', false, index)
          }
          throw error
        })
      stored.push({
        docId: doc.id,
        attachment: { id: token, kind: file.kind, mimeType: file.mimeType, size: file.data.length },
      })
    }
  } catch (error) {
    for (const { docId } of stored) {
      await payload.delete({ collection: 'reportAttachments', id: docId }).catch((err: unknown) => {
        logger.error({ err, docId }, 'could not remove an attachment of a failed upload')
      })
    }
    throw error
  }
  logger.info({ count: stored.length }, 'attachments stored')
  return stored.map((s) => s.attachment)
}
