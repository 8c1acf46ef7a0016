import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { normalizePhone, validatePhone } from '../../fields/vietnamesePhone.ts'

export const Hotlines: CollectionConfig = {
  slug: 'hotlines',
  labels: { singular: 'Đường dây nóng', plural: 'Đường dây nóng' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'number', 'locality', 'unit'], group: 'Nội dung' },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  fields: [
    { name: 'name', label: 'Tên', type: 'text', required: true },
    {
      name: 'number',
      label: 'Số điện thoại',
      type: 'text',
      required: true,
      validate: validatePhone,
      hooks: { beforeValidate: [({ value }) => (typeof value === 'string' ? normalizePhone(value) : value)] },
    },
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true, index: true },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: 'units', index: true },
    { name: 'sortOrder', label: 'Thứ tự hiển thị', type: 'number', defaultValue: 0 },
  ],
}
