import type { CollectionConfig } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { inOfficerUnit, officerOfDocumentUnitField } from '../../access/inOfficerUnit.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { derivePlaceFromUnit } from '../../hooks/derivePlaceFromUnit.ts'
import { computeOverdue, markOpen } from './hooks/markOpen.ts'
import { decryptApplicantField, protectApplicant } from './hooks/protectApplicant.ts'
import { DOSSIER_STATUSES, RESULT_DELIVERY_METHODS } from './options.ts'

const readOnlyForStaff = { update: nobodyField }

/**
 * Dossiers (hồ sơ thủ tục hành chính) received by the one-stop-shop systems of each unit, which own
 * them and push their status here (import). Officers see their own unit's dossiers, open and
 * earliest due first; the applicant's identity is encrypted at rest and shown to those officers only.
 */
export const Dossiers: CollectionConfig = {
  slug: 'dossiers',
  labels: { singular: 'Hồ sơ', plural: 'Hồ sơ' },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'procedureCode', 'status', 'dueAt', 'overdue', 'unit'],
    listSearchableFields: ['code', 'procedureCode'],
    group: 'Nghiệp vụ',
  },
  // The partner systems are the source of truth: officers read, imports (Local API) write.
  access: { read: inOfficerUnit, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  defaultSort: ['-open', 'dueAt'],
  hooks: { beforeChange: [derivePlaceFromUnit, markOpen, protectApplicant] },
  fields: [
    { name: 'code', label: 'Mã hồ sơ', type: 'text', required: true, unique: true, index: true },
    {
      name: 'version',
      label: 'Phiên bản dữ liệu',
      type: 'number',
      required: true,
      min: 0,
      admin: { position: 'sidebar', description: 'Do hệ thống một cửa cấp; bản cũ hơn không ghi đè bản mới.' },
    },
    { name: 'procedureCode', label: 'Mã thủ tục', type: 'text', required: true, index: true },
    { name: 'unit', label: 'Đơn vị tiếp nhận', type: 'relationship', relationTo: 'units', required: true, index: true },
    { name: 'localityCode', label: 'Mã địa bàn', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', index: true, admin: { readOnly: true } },
    {
      name: 'applicant',
      label: 'Người nộp hồ sơ',
      type: 'group',
      access: { read: officerOfDocumentUnitField, ...readOnlyForStaff },
      fields: [
        { name: 'name', label: 'Họ và tên', type: 'text', hooks: { afterRead: [decryptApplicantField] } },
        { name: 'phone', label: 'Số điện thoại', type: 'text', hooks: { afterRead: [decryptApplicantField] } },
        {
          name: 'idNumber',
          label: 'Số định danh cá nhân',
          type: 'text',
          hooks: { afterRead: [decryptApplicantField] },
        },
      ],
    },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      index: true,
      options: [...DOSSIER_STATUSES],
    },
    { name: 'submittedAt', label: 'Ngày tiếp nhận', type: 'date', required: true, index: true },
    { name: 'dueAt', label: 'Hạn trả kết quả', type: 'date', required: true, index: true },
    { name: 'completedAt', label: 'Ngày hoàn thành', type: 'date', index: true },
    {
      name: 'overdue',
      label: 'Quá hạn',
      type: 'checkbox',
      virtual: true,
      admin: { readOnly: true },
      hooks: { afterRead: [computeOverdue] },
    },
    { name: 'open', label: 'Đang giải quyết', type: 'checkbox', index: true, admin: { readOnly: true } },
    {
      name: 'timeline',
      label: 'Quá trình giải quyết',
      type: 'array',
      access: readOnlyForStaff,
      fields: [
        { name: 'status', label: 'Bước', type: 'select', required: true, options: [...DOSSIER_STATUSES] },
        {
          name: 'at',
          label: 'Thời điểm',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'note',
          label: 'Ghi chú công khai',
          type: 'text',
          admin: { description: 'Giấy tờ cần bổ sung, lý do từ chối…' },
        },
      ],
    },
    {
      name: 'result',
      label: 'Trả kết quả',
      type: 'group',
      fields: [
        { name: 'delivery', label: 'Hình thức nhận', type: 'select', options: [...RESULT_DELIVERY_METHODS] },
        { name: 'place', label: 'Nơi nhận kết quả', type: 'text' },
        { name: 'availableFrom', label: 'Nhận từ ngày', type: 'date' },
      ],
    },
    { name: 'partnerSystem', label: 'Hệ thống gửi', type: 'relationship', relationTo: 'partnerSystems' },
    // Lookup hashes for verifiers: never shown, never edited by hand.
    {
      name: 'applicantPhoneHash',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
    {
      name: 'applicantIdHash',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
  ],
}
