import type { CollectionConfig } from 'payload'
import { scopedAccess } from '../../access/scopedAccess.ts'
import { provinceCodeField } from '../../fields/scopeKeys.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { ARTICLE_CATEGORIES } from './categories.ts'
import { slugFromTitle } from './hooks/slugFromTitle.ts'
import { stampPublishedAt } from './hooks/stampPublishedAt.ts'

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'locality', 'provinceCode', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'slug'],
    group: 'Nội dung',
  },
  access: scopedAccess({ drafts: true, publicRead: true }),
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: { beforeChange: [stampPublishedAt, deriveScopeKeys(), enforceEditorScope()] },
  defaultSort: '-publishedAt',
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
    {
      name: 'slug',
      label: 'Đường dẫn',
      type: 'text',
      unique: true,
      index: true,
      hooks: { beforeValidate: [slugFromTitle] },
      admin: { position: 'sidebar' },
    },
    {
      name: 'category',
      label: 'Chuyên mục',
      type: 'select',
      required: true,
      index: true,
      options: [...ARTICLE_CATEGORIES],
    },
    { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
    { name: 'content', label: 'Nội dung', type: 'richText' },
    {
      name: 'locality',
      label: 'Địa bàn',
      type: 'relationship',
      relationTo: 'localities',
      index: true,
      admin: { position: 'sidebar', description: 'Để trống với bài viết toàn quốc.' },
    },
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      admin: { position: 'sidebar' },
    },
    provinceCodeField,
    { name: 'publishedAt', label: 'Ngày đăng', type: 'date', index: true, admin: { position: 'sidebar' } },
  ],
}
