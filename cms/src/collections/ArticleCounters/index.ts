import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'

const nobody = () => false

/**
 * View and share counts, apart from the versioned article: publishing an older version must not
 * roll the counters back, and increments are atomic SQL updates (see incrementArticleCounter).
 */
export const ArticleCounters: CollectionConfig = {
  slug: 'articleCounters',
  labels: { singular: 'Lượt xem, chia sẻ', plural: 'Lượt xem, chia sẻ' },
  admin: { defaultColumns: ['article', 'views', 'shares'], group: 'Hệ thống' },
  access: { read: anyone, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'article', label: 'Bài viết', type: 'relationship', relationTo: 'articles', required: true, unique: true },
    { name: 'views', label: 'Lượt xem', type: 'number', defaultValue: 0, required: true },
    { name: 'shares', label: 'Lượt chia sẻ', type: 'number', defaultValue: 0, required: true },
  ],
}
