import type { CollectionConfig } from 'payload'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'

/**
 * One row per searchable document (procedure, local procedure version, handbook entry, article),
 * written by hooks on those collections. Search indexes in other processes (the content subgraph)
 * catch up by reading rows changed since their last look; removals stay as tombstones for that.
 */
export const SearchEntries: CollectionConfig = {
  slug: 'searchEntries',
  labels: { singular: 'Mục tìm kiếm', plural: 'Chỉ mục tìm kiếm' },
  admin: { hidden: true, useAsTitle: 'title' },
  access: { read: isSuperAdmin, create: () => false, update: () => false, delete: () => false },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true },
    {
      name: 'kind',
      type: 'select',
      required: true,
      options: ['PROCEDURE', 'PROCEDURE_VARIANT', 'HANDBOOK', 'ARTICLE'],
    },
    { name: 'refId', type: 'number', required: true },
    { name: 'refKey', type: 'text', required: true, admin: { description: 'procedure code or article slug' } },
    { name: 'title', type: 'text', required: true },
    { name: 'body', type: 'textarea' },
    { name: 'tags', type: 'text' },
    { name: 'localityCode', type: 'text' },
    { name: 'public', type: 'checkbox', defaultValue: false },
    { name: 'removed', type: 'checkbox', defaultValue: false },
  ],
  timestamps: true,
}
