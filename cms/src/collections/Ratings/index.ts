import type { CollectionConfig, Field } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { inOfficerUnit } from '../../access/inOfficerUnit.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { derivePlaceFromUnit } from '../../hooks/derivePlaceFromUnit.ts'
import { stampReply } from './hooks/stampReply.ts'
import { MAX_SCORE, MIN_SCORE, RATING_CRITERIA, RATING_KINDS } from './options.ts'

// Citizens' words and scores are theirs: the unit may answer, never edit them.
const citizenField = { access: { update: nobodyField } }

const score = (name: string, label: string, required: boolean): Field => ({
  name,
  label,
  type: 'number',
  required,
  min: MIN_SCORE,
  max: MAX_SCORE,
  ...citizenField,
})

/**
 * Satisfaction ratings (đánh giá sự hài lòng): one per dossier, given with the dossier's verifier,
 * or an anonymous rating of a visit to a unit. Officers of the unit read them and answer.
 */
export const Ratings: CollectionConfig = {
  slug: 'ratings',
  labels: { singular: 'Đánh giá sự hài lòng', plural: 'Đánh giá sự hài lòng' },
  admin: {
    useAsTitle: 'id',
    defaultColumns: ['score', 'kind', 'procedureCode', 'unit', 'comment', 'reply', 'ratedAt'],
    group: 'Nghiệp vụ',
  },
  access: { read: inOfficerUnit, create: isSuperAdmin, update: inOfficerUnit, delete: isSuperAdmin },
  // The lowest scores first: those are the ones a unit should answer.
  defaultSort: ['score', '-ratedAt'],
  hooks: { beforeChange: [derivePlaceFromUnit, stampReply] },
  fields: [
    {
      name: 'kind',
      label: 'Loại',
      type: 'select',
      required: true,
      index: true,
      options: [...RATING_KINDS],
      ...citizenField,
    },
    {
      name: 'dossierCode',
      label: 'Mã hồ sơ',
      type: 'text',
      unique: true,
      index: true,
      admin: { description: 'Mỗi hồ sơ được đánh giá một lần.' },
      ...citizenField,
    },
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      ...citizenField,
    },
    { name: 'procedureCode', label: 'Mã thủ tục', type: 'text', index: true, ...citizenField },
    { name: 'localityCode', label: 'Mã địa bàn', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', index: true, admin: { readOnly: true } },
    score('score', 'Mức độ hài lòng chung', true),
    {
      name: 'criteria',
      label: 'Tiêu chí',
      type: 'group',
      fields: RATING_CRITERIA.map((criterion) => score(criterion.name, criterion.label, false)),
    },
    { name: 'comment', label: 'Ý kiến', type: 'textarea', maxLength: 1000, ...citizenField },
    {
      name: 'ratedAt',
      label: 'Thời điểm đánh giá',
      type: 'date',
      required: true,
      index: true,
      admin: { readOnly: true, position: 'sidebar' },
      ...citizenField,
    },
    {
      name: 'editableUntil',
      label: 'Được sửa đến',
      type: 'date',
      admin: { readOnly: true, position: 'sidebar' },
      ...citizenField,
    },
    { name: 'reply', label: 'Trả lời của đơn vị', type: 'textarea', maxLength: 2000 },
    { name: 'repliedAt', label: 'Ngày trả lời', type: 'date', admin: { readOnly: true } },
  ],
}
