import type { UploadField } from 'payload'

/**
 * An image from the media library (MIME sniffed, size-limited, with alt text); the library also holds
 * videos, which have no place where an image is expected, so they are filtered out and refused.
 */
export function imageField(name: string, label: string): UploadField {
  return {
    name,
    label,
    type: 'upload',
    relationTo: 'media',
    filterOptions: { mimeType: { like: 'image/' } },
  }
}
