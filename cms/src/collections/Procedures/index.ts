import type { CollectionConfig } from 'payload'
import { keepSearchEntry } from '../../hooks/keepSearchEntry.ts'
import { anyone } from '../../access/anyone.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { ONLINE_LEVELS, PROCEDURE_FIELDS } from './fields.ts'
import { indexSearchText } from './hooks/indexSearchText.ts'
import { markNational } from './hooks/markNational.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

const searchEntry = keepSearchEntry('procedures')

export const Procedures: CollectionConfig = {
  slug: 'procedures',
  labels: { singular: 'Thủ tục hành chính', plural: 'Thủ tục hành chính' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'field', 'onlineLevel', 'processingTime'],
    listSearchableFields: ['code', 'title'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
  },
  // The national version is the ministry's; provinces and communes adapt it with procedureOverrides.
  access: { read: anyone, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  hooks: {
    afterChange: [searchEntry.afterChange],
    afterDelete: [searchEntry.afterDelete],
    beforeChange: [indexSearchText, markNational],
  },
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
    {
      name: 'steps',
      label: 'Trình tự thực hiện',
      type: 'array',
      labels: { singular: 'Bước', plural: 'Các bước' },
      fields: [
        { name: 'title', label: 'Bước', type: 'text', required: true },
        { name: 'description', label: 'Mô tả', type: 'textarea' },
      ],
    },
    { name: 'fees', label: 'Phí, lệ phí', type: 'text' },
    { name: 'processingTime', label: 'Thời hạn giải quyết', type: 'text' },
    { name: 'submitAt', label: 'Nơi tiếp nhận hồ sơ', type: 'textarea' },
    {
      name: 'legalBasis',
      label: 'Căn cứ pháp lý',
      type: 'array',
      labels: { singular: 'Văn bản', plural: 'Văn bản' },
      fields: [{ name: 'document', label: 'Văn bản', type: 'text', required: true }],
    },
    {
      name: 'onlineLevel',
      label: 'Mức độ dịch vụ công trực tuyến',
      type: 'select',
      index: true,
      options: [...ONLINE_LEVELS],
    },
    { name: 'effectiveFrom', label: 'Có hiệu lực từ', type: 'date' },
    {
      name: 'effectiveTo',
      label: 'Hết hiệu lực',
      type: 'date',
      validate: (value: unknown, { siblingData }: { siblingData: { effectiveFrom?: string | null } }) =>
        !value || !siblingData.effectiveFrom || new Date(value as string) >= new Date(siblingData.effectiveFrom)
          ? true
          : 'Ngày hết hiệu lực phải sau ngày có hiệu lực.',
    },
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
