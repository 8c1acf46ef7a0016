import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { roleOf } from '../../access/roles.ts'
import { scopedAccess } from '../../access/scopedAccess.ts'
import { provinceCodeField } from '../../fields/scopeKeys.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { CHANNEL_KINDS } from './channelKinds.ts'

export const UNIT_KINDS = [
  { value: 'MINISTRY', label: 'Bộ Công an' },
  { value: 'PROVINCIAL_POLICE', label: 'Công an tỉnh / thành phố' },
  { value: 'DEPARTMENT', label: 'Phòng / Đội nghiệp vụ' },
  { value: 'COMMUNE_POLICE', label: 'Công an xã / phường / đặc khu' },
] as const

const scoped = scopedAccess({ publicRead: true, unitField: 'id' })

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'Đơn vị công an', plural: 'Đơn vị công an' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'locality', 'provinceCode', 'parent'],
    listSearchableFields: ['name'],
    group: 'Danh mục',
  },
  // The ministry creates units; editors keep their own units' details (address, opening hours) current.
  access: { read: anyone, create: isSuperAdmin, update: scoped.update, delete: isSuperAdmin },
  hooks: { beforeChange: [deriveScopeKeys(), enforceEditorScope('id')] },
  fields: [
    { name: 'name', label: 'Tên đơn vị', type: 'text', required: true },
    { name: 'kind', label: 'Loại đơn vị', type: 'select', required: true, options: [...UNIT_KINDS] },
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true, index: true },
    { name: 'parent', label: 'Đơn vị cấp trên', type: 'relationship', relationTo: 'units', index: true },
    provinceCodeField,
    { name: 'address', label: 'Địa chỉ trụ sở', type: 'text' },
    { name: 'openingHours', label: 'Giờ tiếp công dân', type: 'text' },
    {
      name: 'verifiedChannels',
      label: 'Kênh chính thức đã xác minh',
      type: 'array',
      labels: { singular: 'Kênh', plural: 'Kênh' },
      // Verification is the ministry's word that a channel is genuine: editors cannot add their own.
      access: {
        update: ({ req }) => roleOf(req) === 'super-admin',
        create: ({ req }) => roleOf(req) === 'super-admin',
      },
      fields: [
        { name: 'kind', label: 'Loại kênh', type: 'select', required: true, options: [...CHANNEL_KINDS] },
        {
          name: 'value',
          label: 'Định danh (ID Zalo OA, ID Mini App, tên miền, số điện thoại)',
          type: 'text',
          required: true,
          index: true,
        },
        { name: 'verifiedAt', label: 'Ngày xác minh', type: 'date', required: true },
      ],
    },
  ],
}
