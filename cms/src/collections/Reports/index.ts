import type { CollectionConfig, Where } from 'payload'
import { nobodyField, superAdminField } from '../../access/fieldAccess.ts'
import { handlingUnitOnly, placeOfTipForHandlingUnit } from '../../access/handlingUnitOnly.ts'
import { reportsInUnitScope } from '../../access/inUnitScope.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { applyWorkflow } from './hooks/applyWorkflow.ts'
import { noteMergeOnTarget } from './hooks/mergeDuplicate.ts'
import { decryptPlace, encryptIdentity, encryptPlaceOfTip, revealIdentity } from './hooks/protectPersonalData.ts'
import { recordStatusEvent } from './hooks/recordStatusEvent.ts'
import { REPORT_STATUSES, REPORT_TYPES } from './options.ts'

/**
 * Citizen reports (phản ánh, tin báo). Citizens submit through the reports subgraph only; the
 * admin is for officers. Reporter identity is readable by officers only, at field level.
 */
export const Reports: CollectionConfig = {
  slug: 'reports',
  labels: { singular: 'Phản ánh, tin báo', plural: 'Phản ánh, tin báo' },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'type', 'status', 'unit', 'assignee', 'dueAt', 'createdAt'],
    listSearchableFields: ['trackingCode'],
    group: 'Nghiệp vụ',
    // A quick filter for the unit queue's overdue reports (still open past the stored deadline).
    components: { beforeListTable: ['/collections/Reports/admin/OverdueQueueLink.tsx#OverdueQueueLink'] },
  },
  access: { read: reportsInUnitScope, create: isSuperAdmin, update: reportsInUnitScope, delete: isSuperAdmin },
  hooks: { beforeChange: [applyWorkflow], afterChange: [recordStatusEvent, noteMergeOnTarget] },
  defaultSort: '-createdAt',
  // Every insert maintains each index, so there is one per way reports are read, not one per field:
  // a place's newest reports (duplicate check, statistics, lists), a plate around an event, the
  // public answers newest first. Status and type only ever narrow a unit's or a place's reports.
  indexes: [
    { fields: ['localityCode', 'createdAt'] },
    { fields: ['provinceCode', 'createdAt'] },
    { fields: ['vehiclePlate', 'occurredAt'] },
    { fields: ['publishable', 'answeredAt'] },
  ],
  fields: [
    {
      name: 'trackingCode',
      label: 'Mã tra cứu',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: nobodyField },
    },
    {
      name: 'type',
      label: 'Loại',
      type: 'select',
      required: true,
      options: [...REPORT_TYPES],
      access: { update: nobodyField },
    },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      defaultValue: 'RECEIVED',
      options: [...REPORT_STATUSES],
    },
    {
      // Set by routing when the report is received: the one unit whose queue holds it.
      name: 'unit',
      label: 'Đơn vị xử lý',
      type: 'relationship',
      relationTo: 'units',
      index: true,
      // Moving a report to another unit's queue is a super-admin's decision.
      access: { update: superAdminField },
    },
    { name: 'assignee', label: 'Cán bộ xử lý', type: 'relationship', relationTo: 'users', index: true },
    {
      name: 'dueAt',
      label: 'Hạn xử lý',
      type: 'date',
      index: true,
      admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
      access: { update: nobodyField },
    },
    { name: 'rejectionReason', label: 'Lý do không thụ lý (công khai)', type: 'textarea', maxLength: 2_000 },
    { name: 'complaint', label: 'Nội dung khiếu nại (khi mở lại)', type: 'textarea', maxLength: 5_000 },
    {
      name: 'resolvedAt',
      label: 'Ngày kết thúc xử lý',
      type: 'date',
      admin: { readOnly: true },
      access: { update: nobodyField },
    },
    { name: 'locality', label: 'Địa bàn', type: 'relationship', relationTo: 'localities', required: true },
    { name: 'localityCode', label: 'Mã địa bàn', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', required: true, admin: { readOnly: true } },
    { name: 'title', label: 'Tiêu đề', type: 'text', maxLength: 200 },
    { name: 'content', label: 'Nội dung', type: 'textarea', required: true, maxLength: 10_000 },
    { name: 'occurredAt', label: 'Thời điểm xảy ra', type: 'date' },
    {
      name: 'place',
      label: 'Địa điểm',
      type: 'text',
      access: { read: placeOfTipForHandlingUnit, update: nobodyField },
      hooks: { beforeChange: [encryptPlaceOfTip], afterRead: [decryptPlace] },
    },
    { name: 'vehiclePlate', label: 'Biển kiểm soát', type: 'text' },
    {
      name: 'attachments',
      label: 'Ảnh, video đính kèm',
      type: 'relationship',
      relationTo: 'reportAttachments',
      hasMany: true,
      access: { update: nobodyField },
    },
    { name: 'anonymous', label: 'Ẩn danh', type: 'checkbox', defaultValue: false },
    {
      name: 'reporter',
      label: 'Người gửi',
      type: 'group',
      // Encrypted at rest; shown only to the handling unit's officers, and every view is logged.
      access: { read: handlingUnitOnly, update: nobodyField },
      hooks: { beforeChange: [encryptIdentity], afterRead: [revealIdentity] },
      fields: [
        { name: 'name', label: 'Họ và tên', type: 'text' },
        { name: 'phone', label: 'Số điện thoại', type: 'text' },
        { name: 'idNumber', label: 'Số định danh cá nhân', type: 'text' },
        // Plain text: the stored value is ciphertext, which an email field would refuse.
        { name: 'email', label: 'Thư điện tử', type: 'text' },
      ],
    },
    {
      name: 'timeline',
      label: 'Tiến trình',
      type: 'array',
      access: { update: nobodyField },
      fields: [
        { name: 'status', label: 'Trạng thái', type: 'select', required: true, options: [...REPORT_STATUSES] },
        {
          name: 'at',
          label: 'Thời điểm',
          type: 'date',
          required: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'note', label: 'Ghi chú công khai', type: 'text' },
        { name: 'actor', label: 'Người thực hiện', type: 'relationship', relationTo: 'users' },
      ],
    },
    { name: 'answer', label: 'Nội dung trả lời', type: 'textarea' },
    {
      // Flagged on receipt (same plate and place in a short window, or near-identical text in the
      // same locality) for an officer to review; nothing is merged automatically.
      name: 'possibleDuplicates',
      label: 'Có thể trùng với',
      type: 'relationship',
      relationTo: 'reports',
      hasMany: true,
      admin: { readOnly: true },
      access: { update: nobodyField },
    },
    {
      // An officer's decision that this report repeats another: it is closed and points there.
      name: 'mergedInto',
      label: 'Gộp vào phản ánh (trùng nội dung)',
      type: 'relationship',
      relationTo: 'reports',
      index: true,
      // The workflow hook checks the target with the officer's rights; Payload's own check would read
      // the target as that officer and log a view of its sender that nobody made.
      validate: (): true => true,
      filterOptions: ({ id }): Where => ({ and: [{ id: { not_equals: id } }, { mergedInto: { exists: false } }] }),
      admin: {
        description:
          'Chọn phản ánh gốc khi phản ánh này trùng nội dung: phản ánh này sẽ được đóng và người gửi được hướng dẫn theo dõi phản ánh gốc. Không thể hoàn tác.',
      },
    },
    {
      name: 'mergedDuplicates',
      label: 'Phản ánh trùng đã gộp vào',
      type: 'join',
      collection: 'reports',
      on: 'mergedInto',
      admin: { defaultColumns: ['trackingCode', 'status', 'createdAt'] },
    },
    {
      // Answered reports the unit chose to show in publicReports; crime tips are never listed.
      name: 'publishable',
      label: 'Cho phép công khai câu trả lời',
      type: 'checkbox',
      defaultValue: false,
    },
    {
      name: 'answeredAt',
      label: 'Ngày trả lời',
      type: 'date',
      admin: { readOnly: true },
      access: { update: nobodyField },
    },
    // Bookkeeping for lookups by phone and for idempotent retries; never shown or edited.
    {
      name: 'reporterPhoneHash',
      type: 'text',
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
    {
      name: 'idempotencyKey',
      type: 'text',
      unique: true,
      index: true,
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
    {
      name: 'requestFingerprint',
      type: 'text',
      admin: { hidden: true },
      access: { read: nobodyField, update: nobodyField },
    },
  ],
}
