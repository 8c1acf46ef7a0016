import type { CollectionConfig } from 'payload'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/**
 * Events waiting to leave the system (hộp thư đi), written in the same transaction as the change
 * they announce and delivered at least once by the outbox worker, with retries and backoff.
 */
export const OutboxEvents: CollectionConfig = {
  slug: 'outboxEvents',
  labels: { singular: 'Sự kiện chờ gửi', plural: 'Sự kiện chờ gửi' },
  admin: {
    useAsTitle: 'topic',
    defaultColumns: ['topic', 'trackingCode', 'status', 'attempts', 'deliveredAt', 'createdAt'],
    group: 'Hệ thống',
  },
  access: { read: isSuperAdmin, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  fields: [
    { name: 'topic', label: 'Loại sự kiện', type: 'text', required: true },
    { name: 'trackingCode', label: 'Mã tra cứu', type: 'text', index: true },
    { name: 'status', label: 'Trạng thái mới', type: 'text' },
    { name: 'previousStatus', label: 'Trạng thái trước', type: 'text' },
    // What is delivered; never personal data, since it leaves the system.
    { name: 'body', label: 'Nội dung', type: 'json', required: true },
    { name: 'attempts', label: 'Số lần gửi', type: 'number', required: true, defaultValue: 0 },
    { name: 'nextAttemptAt', label: 'Lần gửi tiếp theo', type: 'date', required: true, index: true },
    { name: 'lockedUntil', label: 'Đang gửi đến', type: 'date' },
    { name: 'deliveredAt', label: 'Đã gửi lúc', type: 'date', index: true },
    { name: 'lastError', label: 'Lỗi gần nhất', type: 'text' },
  ],
}
