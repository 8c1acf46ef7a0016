import { join } from 'node:path'
import type { CollectionConfig } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { attachmentsOfHandlingUnit } from '../../access/attachmentsOfHandlingUnit.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/** What citizens may attach: still images (re-encoded on upload) and short videos (kept as sent). */
export const ATTACHMENT_MIME_TYPES = {
  image: ['image/jpeg', 'image/png', 'image/webp'],
  video: ['video/mp4', 'video/quicktime', 'video/webm'],
} as const

export const ATTACHMENT_KINDS = [
  { value: 'IMAGE', label: 'Ảnh' },
  { value: 'VIDEO', label: 'Video' },
] as const

/**
 * Photos and videos sent with citizen reports (tệp đính kèm). Uploaded through the reports
 * subgraph's /attachments endpoint before the report that references them; the officers of the
 * unit handling that report read them (access/attachmentsOfHandlingUnit.ts).
 */
export function reportAttachments(uploadsDir: string): CollectionConfig {
  return {
    slug: 'reportAttachments',
    labels: { singular: 'Tệp đính kèm phản ánh', plural: 'Tệp đính kèm phản ánh' },
    admin: {
      useAsTitle: 'filename',
      defaultColumns: ['filename', 'kind', 'mimeType', 'filesize', 'createdAt'],
      group: 'Nghiệp vụ',
    },
    access: { read: attachmentsOfHandlingUnit, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
    upload: {
      staticDir: join(uploadsDir, 'report-attachments'),
      mimeTypes: [...ATTACHMENT_MIME_TYPES.image, ...ATTACHMENT_MIME_TYPES.video],
    },
    fields: [
      {
        // The id a citizen's app holds between upload and submit: random, so nobody can attach
        // (and thereby read through the report) a file they did not upload.
        name: 'token',
        type: 'text',
        required: true,
        unique: true,
        index: true,
        admin: { hidden: true },
        access: { read: nobodyField, update: nobodyField },
      },
      {
        name: 'kind',
        label: 'Loại tệp',
        type: 'select',
        required: true,
        options: [...ATTACHMENT_KINDS],
        access: { update: nobodyField },
      },
    ],
  }
}
