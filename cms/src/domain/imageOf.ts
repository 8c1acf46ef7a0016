import type { Media } from '../payload-types.ts'

/** What a reader may know of a library image: where it is, its alt text and size. */
export type ImageView = { url: string; alt: string; width: number | null; height: number | null }

/** A media document as an image; none when the file is missing (or the document is not populated). */
export function imageOf(media: Media | number | null | undefined): ImageView | null {
  if (!media || typeof media !== 'object' || !media.url) return null
  return { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null }
}
