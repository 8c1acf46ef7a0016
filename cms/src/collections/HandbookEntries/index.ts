import type { CollectionConfig } from 'payload'
import { keepSearchEntry } from '../../hooks/keepSearchEntry.ts'
import { PUBLISHED_VERSION, scopedAccess } from '../../access/scopedAccess.ts'
import { scopeFields } from '../../fields/scopeFields.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

/** Cẩm nang: common questions citizens ask, answered once by editors; national when no locality. */
const searchEntry = keepSearchEntry('handbookEntries')

export const HandbookEntries: CollectionConfig = {
  slug: 'handbookEntries',
  labels: { singular: 'Cẩm nang hỏi đáp', plural: 'Cẩm nang hỏi đáp' },
  admin: {
    useAsTitle: 'question',
    defaultColumns: ['question', 'locality', 'provinceCode', 'tags', '_status', 'updatedAt'],
    listSearchableFields: ['question', 'answer'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
  },
  access: scopedAccess({ published: PUBLISHED_VERSION, publicRead: true }),
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    afterChange: [searchEntry.afterChange],
    afterDelete: [searchEntry.afterDelete],
    beforeChange: [deriveScopeKeys(), enforceEditorScope()],
  },
  fields: [
    { name: 'question', label: 'Câu hỏi', type: 'text', required: true },
    { name: 'answer', label: 'Trả lời', type: 'textarea', required: true },
    { name: 'tags', label: 'Thẻ', type: 'text', hasMany: true, index: true },
    { name: 'procedures', label: 'Thủ tục liên quan', type: 'relationship', relationTo: 'procedures', hasMany: true },
    ...scopeFields({ localityRequired: false, nationalHint: 'Để trống nếu áp dụng trên toàn quốc.' }),
  ],
}
