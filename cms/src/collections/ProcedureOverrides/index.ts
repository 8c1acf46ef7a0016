import type { CollectionConfig } from 'payload'
import { keepSearchEntry } from '../../hooks/keepSearchEntry.ts'
import { PUBLISHED_VERSION, scopedAccess } from '../../access/scopedAccess.ts'
import { vietnamesePhoneField } from '../../fields/vietnamesePhone.ts'
import { provinceCodeField } from '../../fields/scopeKeys.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { oneOverridePerLocality } from './hooks/oneOverridePerLocality.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

/**
 * How a province or commune applies a national procedure: where to submit, fee differences,
 * officers to call. Empty fields fall back to the next level up (commune → province → national).
 */
const searchEntry = keepSearchEntry('procedureOverrides')

export const ProcedureOverrides: CollectionConfig = {
  slug: 'procedureOverrides',
  labels: { singular: 'Thủ tục tại địa phương', plural: 'Thủ tục tại địa phương' },
  admin: {
    useAsTitle: 'label',
    defaultColumns: ['label', 'procedure', 'locality', 'provinceCode', '_status', 'updatedAt'],
    listSearchableFields: ['label'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
  },
  access: scopedAccess({ published: PUBLISHED_VERSION, publicRead: true }),
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: {
    afterChange: [searchEntry.afterChange],
    afterDelete: [searchEntry.afterDelete],
    beforeValidate: [oneOverridePerLocality],
    beforeChange: [deriveScopeKeys(), enforceEditorScope()],
  },
  fields: [
    {
      name: 'procedure',
      label: 'Thủ tục',
      type: 'relationship',
      relationTo: 'procedures',
      required: true,
      index: true,
    },
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true, index: true },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', index: true },
    provinceCodeField,
    { name: 'label', type: 'text', admin: { hidden: true } },
    { name: 'submitAt', label: 'Nơi tiếp nhận hồ sơ', type: 'textarea' },
    { name: 'fees', label: 'Phí, lệ phí tại địa phương', type: 'text' },
    { name: 'processingTime', label: 'Thời hạn giải quyết tại địa phương', type: 'text' },
    {
      name: 'contactOfficers',
      label: 'Cán bộ hướng dẫn',
      type: 'array',
      labels: { singular: 'Cán bộ', plural: 'Cán bộ' },
      fields: [
        { name: 'name', label: 'Họ và tên', type: 'text', required: true },
        { name: 'title', label: 'Chức vụ', type: 'text' },
        vietnamesePhoneField({ name: 'phone', label: 'Số điện thoại', required: true }),
        { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units' },
      ],
    },
    { name: 'note', label: 'Lưu ý riêng của địa phương', type: 'textarea' },
  ],
}
