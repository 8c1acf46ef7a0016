import type { CollectionConfig } from 'payload'
import { PUBLISHED_VERSION, scopedAccess } from '../../access/scopedAccess.ts'
import { imageField } from '../../fields/imageField.ts'
import { scopeFields } from '../../fields/scopeFields.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { QUIZ_LAWS } from '../Questions/laws.ts'
import { questionsInBank } from './questionsInBank.ts'
import { deriveQuizScope } from './hooks/deriveQuizScope.ts'
import { validateSchedule } from './hooks/validateSchedule.ts'
import { previewLinkFor } from '../../preview/previewPath.ts'

/** Quizzes and contests: drafts until an editor publishes them, open between opensAt and closesAt. */
export const Quizzes: CollectionConfig = {
  slug: 'quizzes',
  labels: { singular: 'Cuộc thi tìm hiểu pháp luật', plural: 'Cuộc thi tìm hiểu pháp luật' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'locality', 'opensAt', 'closesAt', '_status'],
    group: 'Thi tìm hiểu pháp luật',
    // The preview shows the latest draft with its correct answers (src/quizzes/quizPreview.ts).
    preview: previewLinkFor('quizzes'),
  },
  // Scoped like other content: an editor drafts and publishes only their province's (or unit's)
  // quizzes, national ones are the ministry's; the public reads published quizzes only.
  access: scopedAccess({ published: PUBLISHED_VERSION, publicRead: true }),
  versions: { drafts: true, maxPerDoc: 20 },
  hooks: { beforeValidate: [validateSchedule], beforeChange: [deriveQuizScope, enforceEditorScope()] },
  defaultSort: '-opensAt',
  fields: [
    { name: 'title', label: 'Tên cuộc thi', type: 'text', required: true, maxLength: 200 },
    {
      name: 'laws',
      label: 'Văn bản pháp luật',
      type: 'select',
      hasMany: true,
      required: true,
      options: [...QUIZ_LAWS],
      admin: { description: 'Câu hỏi được rút ngẫu nhiên từ ngân hàng câu hỏi của các văn bản này.' },
    },
    {
      name: 'questions',
      label: 'Bộ câu hỏi riêng',
      type: 'relationship',
      relationTo: 'questions',
      hasMany: true,
      filterOptions: questionsInBank,
      admin: {
        description:
          'Để trống để rút từ ngân hàng câu hỏi của các văn bản đã chọn (câu hỏi toàn quốc và của tỉnh tổ chức).',
      },
    },
    { name: 'description', label: 'Thể lệ, giới thiệu', type: 'textarea', maxLength: 5000 },
    imageField('cover', 'Ảnh bìa'),
    ...scopeFields({ localityRequired: false, nationalHint: 'Để trống với cuộc thi toàn quốc.' }),
    {
      name: 'opensAt',
      label: 'Bắt đầu',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'closesAt',
      label: 'Kết thúc',
      type: 'date',
      required: true,
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'timeLimitSeconds',
      label: 'Thời gian làm bài (giây)',
      type: 'number',
      required: true,
      min: 30,
      max: 7200,
      defaultValue: 600,
    },
    {
      name: 'questionCount',
      label: 'Số câu hỏi mỗi lượt thi',
      type: 'number',
      required: true,
      min: 1,
      max: 50,
      defaultValue: 10,
    },
    {
      name: 'passPercent',
      label: 'Điểm đạt (% số câu đúng)',
      type: 'number',
      required: true,
      min: 0,
      max: 100,
      defaultValue: 80,
    },
    {
      name: 'maxAttempts',
      label: 'Số lượt thi tối đa mỗi người',
      type: 'number',
      required: true,
      min: 1,
      max: 20,
      defaultValue: 3,
    },
    // Derived from the locality by deriveQuizScope; read by the quizzes service.
    { name: 'national', label: 'Toàn quốc', type: 'checkbox', index: true, admin: { hidden: true } },
    { name: 'localityCode', type: 'text', index: true, admin: { hidden: true } },
  ],
}
