import type { CollectionConfig } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/**
 * People who took a quiz. The phone is never stored, only its keyed hash (identity across attempts);
 * leaderboards show the masked name only.
 */
export const QuizParticipants: CollectionConfig = {
  slug: 'quizParticipants',
  labels: { singular: 'Người dự thi', plural: 'Người dự thi' },
  admin: {
    useAsTitle: 'maskedName',
    defaultColumns: ['maskedName', 'localityCode', 'createdAt'],
    group: 'Thi tìm hiểu pháp luật',
  },
  // Created by the quizzes service only; editors read them for statistics.
  access: { read: isEditor, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true, maxLength: 100 },
    { name: 'maskedName', label: 'Tên hiển thị', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'localityCode', label: 'Mã địa bàn', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', index: true, admin: { readOnly: true } },
    {
      name: 'phoneHash',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
    {
      name: 'zaloUserId',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
  ],
}
