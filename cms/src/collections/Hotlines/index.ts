import type { CollectionConfig } from 'payload'
import { scopedAccess } from '../../access/scopedAccess.ts'
import { vietnamesePhoneField } from '../../fields/vietnamesePhone.ts'
import { provinceCodeField } from '../../fields/scopeKeys.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

export const Hotlines: CollectionConfig = {
  slug: 'hotlines',
  labels: { singular: 'Đường dây nóng', plural: 'Đường dây nóng' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'number', 'locality', 'unit', 'provinceCode'],
    listSearchableFields: ['name', 'number'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
  },
  access: scopedAccess({ publicRead: true }),
  hooks: { beforeChange: [deriveScopeKeys(), enforceEditorScope()] },
  fields: [
    { name: 'name', label: 'Tên', type: 'text', required: true },
    vietnamesePhoneField({ name: 'number', label: 'Số điện thoại', required: true }),
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true, index: true },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', index: true },
    provinceCodeField,
    { name: 'sortOrder', label: 'Thứ tự hiển thị', type: 'number', defaultValue: 0 },
  ],
}
