import { ATTACHMENT_MIME_TYPES } from '@caunoi/cms'
import { fileTypeFromBuffer } from 'file-type'
import sharp from 'sharp'
import { formatSize, type AttachmentLimits } from './attachmentLimits.ts'

export type SanitizedAttachment = {
  kind: 'IMAGE' | 'VIDEO'
  mimeType: string
  extension: string
  data: Buffer
}

/** Why one file was refused, in words the citizen can act on. */
export class AttachmentRejected extends Error {
  constructor(
    message: string,
    readonly tooLarge = false,
    /** Position of the file in its upload, when known only after the others were checked. */
    readonly index?: number,
  ) {
    super(message)
    this.name = 'AttachmentRejected'
  }
}

const IMAGE_TYPES: readonly string[] = ATTACHMENT_MIME_TYPES.image
const VIDEO_TYPES: readonly string[] = ATTACHMENT_MIME_TYPES.video

/** Re-encodes an image from its pixels only: EXIF, GPS, XMP and ICC data are not carried over. */
async function reencodeImage(data: Buffer, mimeType: string, limits: AttachmentLimits): Promise<Buffer> {
  try {
    // rotate() bakes the EXIF orientation into the pixels before the EXIF block is dropped.
    const image = sharp(data, { limitInputPixels: limits.maxImagePixels, failOn: 'error' }).rotate()
    if (mimeType === 'image/png') return await image.png().toBuffer()
    if (mimeType === 'image/webp') return await image.webp({ quality: 85 }).toBuffer()
    return await image.jpeg({ quality: 85, mozjpeg: true }).toBuffer()
  } catch {
    throw new AttachmentRejected('Không đọc được ảnh (tệp hỏng hoặc quá nhiều điểm ảnh).')
  }
}

/**
 * Decides what a file really is from its bytes (never its name or declared type), enforces the
 * size limit of its kind, and returns what may be stored: images re-encoded, videos as sent.
 */
export async function sanitizeAttachment(data: Buffer, limits: AttachmentLimits): Promise<SanitizedAttachment> {
  const detected = await fileTypeFromBuffer(data)
  if (detected && IMAGE_TYPES.includes(detected.mime)) {
    if (data.length > limits.maxImageBytes) {
      throw new AttachmentRejected(`Ảnh vượt quá ${formatSize(limits.maxImageBytes)}.`, true)
    }
    return {
      kind: 'IMAGE',
      mimeType: detected.mime,
      extension: detected.ext,
      data: await reencodeImage(data, detected.mime, limits),
    }
  }
  if (detected && VIDEO_TYPES.includes(detected.mime)) {
    if (data.length > limits.maxVideoBytes) {
      throw new AttachmentRejected(`Video vượt quá ${formatSize(limits.maxVideoBytes)}.`, true)
    }
    return { kind: 'VIDEO', mimeType: detected.mime, extension: detected.ext, data }
  }
  throw new AttachmentRejected('Chỉ nhận ảnh (JPEG, PNG, WebP) hoặc video (MP4, MOV, WebM).')
}
