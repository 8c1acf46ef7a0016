import type { CollectionConfig } from 'payload'
import { scopedAccess } from '../../access/scopedAccess.ts'
import { scopeFields } from '../../fields/scopeFields.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { storeDateAsUtc } from '../../hooks/storeDateAsUtc.ts'
import { QUICK_FILTERS_COMPONENT } from '../../admin/quickFilters.ts'

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/
const validTime = (value: unknown) =>
  typeof value === 'string' && TIME.test(value) ? true : 'Giờ theo dạng HH:mm, ví dụ 07:30.'

/** CSGT patrol plans (kế hoạch tuần tra, kiểm soát) published to citizens for a date range. */
export const PatrolSchedules: CollectionConfig = {
  slug: 'patrolSchedules',
  labels: { singular: 'Lịch tuần tra, kiểm soát', plural: 'Lịch tuần tra, kiểm soát' },
  admin: {
    useAsTitle: 'area',
    defaultColumns: ['area', 'locality', 'unit', 'startsOn', 'endsOn', 'published'],
    listSearchableFields: ['area', 'route', 'focus'],
    group: 'Nội dung',
    components: { beforeList: [QUICK_FILTERS_COMPONENT] },
  },
  access: scopedAccess({ published: { published: { equals: true } }, publicRead: true }),
  hooks: { beforeChange: [deriveScopeKeys(), enforceEditorScope()] },
  defaultSort: '-startsOn',
  fields: [
    { name: 'area', label: 'Địa bàn, tuyến', type: 'text', required: true },
    { name: 'route', label: 'Lộ trình chi tiết', type: 'textarea' },
    { name: 'focus', label: 'Nội dung kiểm soát trọng tâm', type: 'text' },
    {
      name: 'startsOn',
      label: 'Từ ngày',
      type: 'date',
      required: true,
      index: true,
      hooks: { beforeChange: [storeDateAsUtc] },
    },
    {
      name: 'endsOn',
      label: 'Đến ngày',
      type: 'date',
      required: true,
      index: true,
      hooks: { beforeChange: [storeDateAsUtc] },
      validate: (value: unknown, { siblingData }: { siblingData: { startsOn?: string } }) =>
        value && siblingData.startsOn && new Date(value as string) < new Date(siblingData.startsOn)
          ? 'Ngày kết thúc phải sau ngày bắt đầu.'
          : value
            ? true
            : 'Cần ngày kết thúc.',
    },
    {
      name: 'shifts',
      label: 'Ca tuần tra',
      type: 'array',
      labels: { singular: 'Ca', plural: 'Các ca' },
      minRows: 1,
      fields: [
        { name: 'label', label: 'Tên ca', type: 'text', required: true },
        { name: 'from', label: 'Từ giờ', type: 'text', required: true, validate: validTime },
        { name: 'to', label: 'Đến giờ', type: 'text', required: true, validate: validTime },
      ],
    },
    { name: 'published', label: 'Công bố cho người dân', type: 'checkbox', defaultValue: false, index: true },
    ...scopeFields({ localityRequired: true }),
  ],
}
