import type { CollectionConfig } from 'payload'
import { superAdminField } from '../../access/fieldAccess.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { ROLES } from '../../access/roles.ts'
import { guardScopeFields } from './hooks/guardScopeFields.ts'
import { limitLogins } from './hooks/limitLogins.ts'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: 'Tài khoản', plural: 'Tài khoản' },
  // No account lock (anyone knowing an e-mail could lock its owner out): backoffs per client and account.
  auth: { maxLoginAttempts: 0 },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'role', 'locality', 'unit'], group: 'Hệ thống' },
  access: {
    read: ({ req }) =>
      req.user ? (req.user as { role?: string }).role === 'super-admin' || { id: { equals: req.user.id } } : false,
    create: isSuperAdmin,
    update: ({ req }) =>
      req.user ? (req.user as { role?: string }).role === 'super-admin' || { id: { equals: req.user.id } } : false,
    delete: isSuperAdmin,
  },
  // The scope-field guard acts on updates, the login backoffs on logins.
  hooks: { ...limitLogins, beforeOperation: [guardScopeFields, ...limitLogins.beforeOperation] },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    {
      name: 'role',
      label: 'Vai trò',
      type: 'select',
      required: true,
      defaultValue: 'officer',
      options: [...ROLES],
      saveToJWT: true,
      // Nobody promotes themselves: only a super-admin sets roles (hooks/guardScopeFields refuses the rest).
      access: { update: superAdminField },
    },
    {
      name: 'locality',
      label: 'Địa bàn phụ trách',
      type: 'relationship',
      relationTo: 'localities',
      saveToJWT: true,
      // Read-only in the admin for everyone else, as guardScopeFields would refuse the change anyway.
      access: { update: superAdminField },
      // A provincial editor without a province would edit nothing; say so when the account is made.
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'provincial-editor' || value ? true : 'Biên tập viên cấp tỉnh phải có địa bàn phụ trách.',
    },
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: 'units',
      saveToJWT: true,
      access: { update: superAdminField },
      validate: (value: unknown, { siblingData }: { siblingData: { role?: string } }) =>
        siblingData.role !== 'unit-editor' || value ? true : 'Biên tập viên đơn vị phải thuộc một đơn vị.',
    },
  ],
}
