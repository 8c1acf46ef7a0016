import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { deriveLocalityKeys } from './hooks/deriveLocalityKeys.ts'
import { LOCALITY_LEVELS } from './levels.ts'

export const Localities: CollectionConfig = {
  slug: 'localities',
  labels: { singular: 'Đơn vị hành chính', plural: 'Đơn vị hành chính' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'level', 'parentCode', 'mergedInto'],
    listSearchableFields: ['code', 'name'],
    group: 'Danh mục',
  },
  // The administrative map is national reference data: only the ministry changes it.
  access: { read: anyone, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  hooks: { beforeChange: [deriveLocalityKeys] },
  fields: [
    {
      name: 'code',
      label: 'Mã đơn vị hành chính',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^\d{2,5}$/.test(value)
          ? true
          : 'Mã phải gồm 2 đến 5 chữ số (ví dụ "01", "00004").',
    },
    { name: 'name', label: 'Tên', type: 'text', required: true },
    { name: 'level', label: 'Cấp', type: 'select', required: true, options: [...LOCALITY_LEVELS], index: true },
    { name: 'parent', label: 'Trực thuộc', type: 'relationship', relationTo: 'localities' },
    {
      name: 'mergedInto',
      label: 'Đã sáp nhập vào',
      type: 'relationship',
      relationTo: 'localities',
      admin: { description: 'Đơn vị trước sắp xếp năm 2025: mã cũ sẽ được chuyển về đơn vị kế thừa.' },
    },
    { name: 'parentCode', label: 'Mã đơn vị cấp trên', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'searchName', type: 'text', index: true, admin: { hidden: true } },
  ],
}
