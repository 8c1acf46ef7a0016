import type { Media } from '@caunoi/cms'
import type { QuizImage } from '../__generated__/resolvers-types.ts'

/** The public part of a media library file; a file not (or no longer) stored has no image. */
export function toQuizImage(media: Media | null | undefined): QuizImage | null {
  if (!media?.url) return null
  return { url: media.url, alt: media.alt, width: media.width ?? null, height: media.height ?? null }
}
