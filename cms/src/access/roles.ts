import type { PayloadRequest } from 'payload'

/** Roles from the most to the least powerful; labels are what editors see in the admin. */
export const ROLES = [
  { value: 'super-admin', label: 'Quản trị hệ thống (Bộ Công an)' },
  { value: 'provincial-editor', label: 'Biên tập viên cấp tỉnh' },
  { value: 'unit-editor', label: 'Biên tập viên đơn vị' },
  { value: 'officer', label: 'Cán bộ xử lý' },
] as const
export type Role = (typeof ROLES)[number]['value']

export function roleOf(req: Pick<PayloadRequest, 'user'>): Role | undefined {
  const role = (req.user as { role?: Role } | null | undefined)?.role
  return role ?? undefined
}
