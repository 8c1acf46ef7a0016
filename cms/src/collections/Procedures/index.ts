import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isEditor } from '../../access/isEditor.ts'
import { PROCEDURE_FIELDS } from './fields.ts'
import { indexSearchText } from './hooks/indexSearchText.ts'
import { markNational } from './hooks/markNational.ts'

export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: 'Thủ tục hành chính', plural: 'Thủ tục hành chính' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'field', 'processingTime'],
    listSearchableFields: ['code', 'title'],
    group: 'Nội dung',
  },
  access: { read: anyone, create: isEditor, update: isEditor, delete: isEditor },
  hooks: { beforeChange: [indexSearchText, markNational] },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      label: 'Mã thủ tục (CSDL quốc gia)',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[0-9A-Z.-]{3,20}$/.test(value)
          ? true
          : 'Mã thủ tục không hợp lệ (ví dụ "1.001234").',
    },
    { name: 'title', label: 'Tên thủ tục', type: 'text', required: true },
    { name: 'field', label: 'Lĩnh vực', type: 'select', required: true, index: true, options: [...PROCEDURE_FIELDS] },
    { name: 'summary', label: 'Tóm tắt', type: 'textarea' },
    {
      name: 'requiredDocuments',
      label: 'Thành phần hồ sơ',
      type: 'array',
      labels: { singular: 'Giấy tờ', plural: 'Giấy tờ' },
      fields: [
        { name: 'name', label: 'Tên giấy tờ', type: 'text', required: true },
        { name: 'copies', label: 'Số lượng', type: 'number', min: 1, defaultValue: 1 },
      ],
    },
    { name: 'fees', label: 'Phí, lệ phí', type: 'text' },
    { name: 'processingTime', label: 'Thời hạn giải quyết', type: 'text' },
    {
      name: 'localities',
      label: 'Phạm vi áp dụng',
      type: 'relationship',
      relationTo: 'localities',
      hasMany: true,
      admin: { description: 'Để trống nếu thủ tục áp dụng trên toàn quốc.' },
    },
    {
      name: 'national',
      label: 'Áp dụng toàn quốc',
      type: 'checkbox',
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
    },
    { name: 'searchText', type: 'text', index: true, admin: { hidden: true } },
  ],
}
