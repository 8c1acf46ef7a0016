import type { Access, CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { roleOf } from '../../access/roles.ts'
import { sniffUpload } from './hooks/sniffUpload.ts'

/** Editors manage what they uploaded; the ministry manages everything. */
const ownerOrSuperAdmin: Access = ({ req }) => {
  if (!req.user) return false
  return roleOf(req) === 'super-admin' || { uploadedBy: { equals: req.user.id } }
}

export const Media: CollectionConfig = {
  slug: 'media',
  labels: { singular: 'Tệp ảnh, video', plural: 'Thư viện ảnh, video' },
  admin: {
    useAsTitle: 'alt',
    defaultColumns: ['filename', 'alt', 'mimeType', 'filesize', 'uploadedBy'],
    group: 'Nội dung',
  },
  access: { read: anyone, create: isEditor, update: ownerOrSuperAdmin, delete: ownerOrSuperAdmin },
  // staticDir is set per environment in createPayloadConfig (MEDIA_DIR, default .data/media).
  upload: { mimeTypes: ['image/*', 'video/mp4', 'video/webm'] },
  hooks: {
    beforeOperation: [sniffUpload],
    beforeChange: [
      ({ data, req, operation }) => (operation === 'create' && req.user ? { ...data, uploadedBy: req.user.id } : data),
    ],
  },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh (cho người khiếm thị)',
      type: 'text',
      required: true,
      validate: (value: unknown) =>
        typeof value === 'string' && value.trim().length >= 5
          ? true
          : 'Cần mô tả ngắn nội dung ảnh, video (ít nhất 5 ký tự).',
    },
    { name: 'credit', label: 'Nguồn', type: 'text' },
    {
      name: 'uploadedBy',
      label: 'Người tải lên',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
    },
  ],
}
