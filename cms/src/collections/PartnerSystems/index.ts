import type { CollectionConfig } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { MIN_PARTNER_KEY_LENGTH } from '../../security/partnerApiKey.ts'
import { hashApiKey } from './hooks/hashApiKey.ts'

/**
 * One-stop-shop systems (hệ thống một cửa) allowed to push dossiers, each with one API key and
 * the units whose dossiers it may send. Only the key's hash is stored.
 */
export const PartnerSystems: CollectionConfig = {
  slug: 'partnerSystems',
  labels: { singular: 'Hệ thống đối tác', plural: 'Hệ thống đối tác' },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'units', 'active', 'apiKeyHint'], group: 'Hệ thống' },
  access: { read: isSuperAdmin, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  hooks: { beforeChange: [hashApiKey] },
  fields: [
    { name: 'name', label: 'Tên hệ thống', type: 'text', required: true },
    { name: 'units', label: 'Đơn vị được gửi hồ sơ', type: 'relationship', relationTo: 'units', hasMany: true },
    { name: 'active', label: 'Đang hoạt động', type: 'checkbox', defaultValue: true, index: true },
    {
      name: 'apiKey',
      label: 'Khóa API mới',
      type: 'text',
      validate: (value: unknown) =>
        value === null ||
        value === undefined ||
        value === '' ||
        (typeof value === 'string' && value.length >= MIN_PARTNER_KEY_LENGTH)
          ? true
          : `Khóa API phải dài ít nhất ${MIN_PARTNER_KEY_LENGTH} ký tự.`,
      admin: {
        description: `Dán khóa mới (ít nhất ${MIN_PARTNER_KEY_LENGTH} ký tự) để thay khóa cũ; hệ thống chỉ lưu bản băm.`,
      },
    },
    { name: 'apiKeyHint', label: 'Khóa hiện tại', type: 'text', admin: { readOnly: true } },
    {
      name: 'apiKeyHash',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
  ],
}
