import type { CollectionConfig } from 'payload'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/**
 * Who saw a reporter's identity, when, on which report (nhật ký truy cập dữ liệu cá nhân).
 * Written by the reports collection on every read that shows it; nobody edits or deletes it.
 */
export const PersonalDataAccessLog: CollectionConfig = {
  slug: 'personalDataAccessLog',
  labels: { singular: 'Nhật ký xem dữ liệu cá nhân', plural: 'Nhật ký xem dữ liệu cá nhân' },
  admin: { useAsTitle: 'trackingCode', defaultColumns: ['user', 'trackingCode', 'createdAt'], group: 'Hệ thống' },
  access: { read: isSuperAdmin, create: () => false, update: () => false, delete: () => false },
  defaultSort: '-createdAt',
  fields: [
    { name: 'user', label: 'Người xem', type: 'relationship', relationTo: 'users', required: true, index: true },
    { name: 'report', label: 'Phản ánh', type: 'relationship', relationTo: 'reports', required: true, index: true },
    { name: 'trackingCode', label: 'Mã tra cứu', type: 'text', required: true, index: true },
  ],
}
