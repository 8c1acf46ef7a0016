import { fileTypeFromBuffer } from 'file-type'
import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { formatMegabytes, MEDIA_LIMITS } from '../limits.ts'

/**
 * Trusts the bytes, not the name or the declared type: the file's signature decides its MIME
 * type, which must be an allowed image or video within that kind's size limit.
 */
export const sniffUpload: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const file = req.file
  if (!file) return args
  const sniffed = await fileTypeFromBuffer(file.data)
  const limit = sniffed ? MEDIA_LIMITS[sniffed.mime] : undefined
  if (!sniffed || limit === undefined) {
    throw new APIError('Chỉ chấp nhận ảnh (JPEG, PNG, WebP, GIF) hoặc video (MP4, WebM).', 400, null, true)
  }
  if (file.size > limit) {
    throw new APIError(`Tệp quá lớn: tối đa ${formatMegabytes(limit)} cho loại ${sniffed.mime}.`, 400, null, true)
  }
  file.mimetype = sniffed.mime
  return args
}
