import type { CollectionConfig } from 'payload'
import { keepSearchEntry } from '../../hooks/keepSearchEntry.ts'
import { PUBLISHED_VERSION, scopedAccess } from '../../access/scopedAccess.ts'
import { scopeFields } from '../../fields/scopeFields.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { ARTICLE_CATEGORIES } from './categories.ts'
import { lexicalShape } from '../../fields/lexicalShape.ts'
import { chartsField } from './fields/charts.ts'
import { slugFromTitle } from './hooks/slugFromTitle.ts'
import { previewLinkFor } from '../../preview/previewPath.ts'
import { stampPublishedAt } from './hooks/stampPublishedAt.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

const searchEntry = keepSearchEntry('articles')

export const Articles: CollectionConfig = {
  slug: 'articles',
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'category', 'locality', 'provinceCode', '_status', 'publishedAt'],
    listSearchableFields: ['title', 'slug', 'summary'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
    // The draft as a citizen would see it, served by this app to editors in scope (src/preview).
    preview: previewLinkFor('articles'),
  },
  access: scopedAccess({ published: PUBLISHED_VERSION, publicRead: true }),
  // Scheduled publish/unpublish runs as Payload jobs (see jobs in createPayloadConfig).
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  hooks: {
    afterChange: [searchEntry.afterChange],
    afterDelete: [searchEntry.afterDelete],
    beforeChange: [stampPublishedAt, deriveScopeKeys(), enforceEditorScope()],
  },
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
    { name: 'coverImage', label: 'Ảnh bìa', type: 'upload', relationTo: 'media' },
    { name: 'content', label: 'Nội dung', type: 'richText', validate: lexicalShape },
    chartsField,
    { name: 'tags', label: 'Thẻ', type: 'text', hasMany: true, index: true },
    {
      name: 'relatedProcedures',
      label: 'Thủ tục liên quan',
      type: 'relationship',
      relationTo: 'procedures',
      hasMany: true,
    },
    ...scopeFields({ localityRequired: false, nationalHint: 'Để trống với bài viết toàn quốc.' }),
    { name: 'publishedAt', label: 'Ngày đăng', type: 'date', index: true, admin: { position: 'sidebar' } },
  ],
}
