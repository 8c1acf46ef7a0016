import type { CollectionConfig } from 'payload'
import { isOfficer } from '../../access/isOfficer.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { REPORT_TYPES } from '../Reports/options.ts'
import { deriveRuleScope } from './hooks/deriveRuleScope.ts'

/**
 * Which unit receives which reports (quy tắc phân luồng). The most specific rule wins: one for the
 * report's type before one for any type, then the commune's before the province's. Without a rule
 * a report goes to the commune police of its place, else to the provincial police.
 */
export const ReportRoutingRules: CollectionConfig = {
  slug: 'reportRoutingRules',
  labels: { singular: 'Quy tắc phân luồng phản ánh', plural: 'Quy tắc phân luồng phản ánh' },
  admin: {
    useAsTitle: 'scope',
    defaultColumns: ['type', 'locality', 'unit', 'note'],
    group: 'Nghiệp vụ',
  },
  access: { read: isOfficer, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  hooks: { beforeChange: [deriveRuleScope] },
  fields: [
    {
      name: 'type',
      label: 'Loại phản ánh',
      type: 'select',
      options: [...REPORT_TYPES],
      admin: { description: 'Để trống: áp dụng cho mọi loại.' },
    },
    {
      name: 'locality',
      label: 'Địa bàn (tỉnh hoặc xã/phường)',
      type: 'relationship',
      relationTo: 'localities',
      required: true,
    },
    { name: 'unit', label: 'Đơn vị tiếp nhận', type: 'relationship', relationTo: 'units', required: true },
    { name: 'note', label: 'Ghi chú', type: 'text' },
    { name: 'localityCode', type: 'text', index: true, admin: { hidden: true } },
    {
      name: 'scope',
      label: 'Phạm vi',
      type: 'text',
      unique: true,
      admin: { readOnly: true, description: 'Loại@mã địa bàn; mỗi phạm vi chỉ có một quy tắc.' },
    },
  ],
}
