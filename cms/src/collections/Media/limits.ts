/** What editors may upload, by sniffed MIME type, with a size limit for each kind. */
export const MEDIA_LIMITS: Record<string, number> = {
  'image/jpeg': 10 * 1024 * 1024,
  'image/png': 10 * 1024 * 1024,
  'image/webp': 10 * 1024 * 1024,
  'image/gif': 10 * 1024 * 1024,
  'video/mp4': 200 * 1024 * 1024,
  'video/webm': 200 * 1024 * 1024,
}

export const MAX_UPLOAD_BYTES = Math.max(...Object.values(MEDIA_LIMITS))

export const formatMegabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`
