import type { CollectionConfig } from 'payload'
import { anyone } from '../../access/anyone.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

export const UNIT_KINDS = [
  { value: 'MINISTRY', label: 'Bộ Công an' },
  { value: 'PROVINCIAL_POLICE', label: 'Công an tỉnh / thành phố' },
  { value: 'DEPARTMENT', label: 'Phòng / Đội nghiệp vụ' },
  { value: 'COMMUNE_POLICE', label: 'Công an xã / phường / đặc khu' },
] as const

export const Units: CollectionConfig = {
  slug: 'units',
  labels: { singular: 'Đơn vị công an', plural: 'Đơn vị công an' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'kind', 'locality', 'parent'], group: 'Danh mục' },
  access: { read: anyone, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  fields: [
    { name: 'name', label: 'Tên đơn vị', type: 'text', required: true },
    { name: 'kind', label: 'Loại đơn vị', type: 'select', required: true, options: [...UNIT_KINDS] },
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true, index: true },
    { name: 'parent', label: 'Đơn vị cấp trên', type: 'relationship', relationTo: 'units', index: true },
    { name: 'address', label: 'Địa chỉ trụ sở', type: 'text' },
  ],
}
