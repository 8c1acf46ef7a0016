import type { GlobalConfig } from 'payload'
import { isOfficer } from '../../access/isOfficer.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/** Working days a unit has to answer each type of report, until the settings say otherwise. */
export const DEFAULT_DEADLINE_DAYS = {
  ADMIN_FEEDBACK: 10,
  CRIME_TIP: 3,
  TRAFFIC_VIOLATION: 7,
  PUBLIC_ORDER: 5,
} as const

/** Settings of report processing (cấu hình xử lý phản ánh), edited by a super-admin in the admin. */
export const ReportSettings: GlobalConfig = {
  slug: 'reportSettings',
  label: 'Cấu hình xử lý phản ánh',
  admin: { group: 'Nghiệp vụ' },
  access: { read: isOfficer, update: isSuperAdmin },
  fields: [
    {
      name: 'deadlineDays',
      label: 'Thời hạn xử lý (ngày làm việc)',
      type: 'group',
      fields: [
        {
          name: 'ADMIN_FEEDBACK',
          label: 'Phản ánh, kiến nghị',
          type: 'number',
          min: 1,
          max: 90,
          defaultValue: DEFAULT_DEADLINE_DAYS.ADMIN_FEEDBACK,
        },
        {
          name: 'CRIME_TIP',
          label: 'Tin báo, tố giác tội phạm',
          type: 'number',
          min: 1,
          max: 90,
          defaultValue: DEFAULT_DEADLINE_DAYS.CRIME_TIP,
        },
        {
          name: 'TRAFFIC_VIOLATION',
          label: 'Vi phạm giao thông',
          type: 'number',
          min: 1,
          max: 90,
          defaultValue: DEFAULT_DEADLINE_DAYS.TRAFFIC_VIOLATION,
        },
        {
          name: 'PUBLIC_ORDER',
          label: 'An ninh, trật tự công cộng',
          type: 'number',
          min: 1,
          max: 90,
          defaultValue: DEFAULT_DEADLINE_DAYS.PUBLIC_ORDER,
        },
      ],
    },
    {
      name: 'webhookUrl',
      label: 'Địa chỉ webhook nhận sự kiện',
      type: 'text',
      admin: { description: 'Mỗi thay đổi trạng thái phản ánh được gửi tới địa chỉ này (POST JSON).' },
      validate: (value: unknown) =>
        !value || (typeof value === 'string' && /^https?:\/\/\S+$/.test(value))
          ? true
          : 'Địa chỉ phải bắt đầu bằng http:// hoặc https://',
    },
  ],
}
