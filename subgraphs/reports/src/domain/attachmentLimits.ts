/** How much a citizen may upload: enough for a few phone photos and a short dashcam clip. */
export type AttachmentLimits = {
  /** Files in one upload request, and attachments on one report. */
  maxFiles: number
  maxImageBytes: number
  maxVideoBytes: number
  /** Decoding bigger images is refused: a tiny file can expand into gigabytes of pixels. */
  maxImagePixels: number
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFiles: 5,
  maxImageBytes: 10 * 1024 * 1024,
  maxVideoBytes: 50 * 1024 * 1024,
  maxImagePixels: 50_000_000,
}

/** A limit as the citizen reads it: "10 MB", or "200 KB" below a megabyte. */
export function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024)
  return mb >= 1 ? `${Math.floor(mb)} MB` : `${Math.floor(bytes / 1024)} KB`
}
