import type { CollectionConfig } from 'payload'
import { questionBankAccess } from '../../access/questionBankAccess.ts'
import { imageField } from '../../fields/imageField.ts'
import { scopeFields } from '../../fields/scopeFields.ts'
import { deriveScopeKeys } from '../../hooks/deriveScopeKeys.ts'
import { enforceEditorScope } from '../../hooks/enforceEditorScope.ts'
import { OPTION_COUNT, QUESTION_DIFFICULTIES, QUIZ_LAWS } from './laws.ts'
import { validateOptions } from './validateOptions.ts'

/**
 * The question bank. Correct answers live only here and are read only by editors and the quizzes
 * service (Local API); citizens receive drawn questions without them, through the quizzes subgraph.
 */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: { singular: 'Câu hỏi', plural: 'Câu hỏi' },
  admin: {
    useAsTitle: 'code',
    defaultColumns: ['code', 'text', 'law', 'difficulty', 'locality'],
    listSearchableFields: ['code', 'text'],
    group: 'Thi tìm hiểu pháp luật',
  },
  access: questionBankAccess,
  hooks: { beforeChange: [deriveScopeKeys(), enforceEditorScope()] },
  defaultSort: 'code',
  fields: [
    {
      name: 'code',
      label: 'Mã câu hỏi',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'Mã duy nhất, ví dụ "ND168-001"; nhập lại tệp có cùng mã sẽ cập nhật câu hỏi.' },
      validate: (value: unknown) =>
        typeof value === 'string' && /^[A-Z0-9][A-Z0-9._-]{1,39}$/.test(value)
          ? true
          : 'Mã câu hỏi chỉ gồm chữ in hoa, chữ số, dấu chấm, gạch ngang (2–40 ký tự).',
    },
    { name: 'text', label: 'Nội dung câu hỏi', type: 'textarea', required: true, maxLength: 1000 },
    {
      name: 'options',
      label: 'Phương án trả lời',
      type: 'array',
      labels: { singular: 'Phương án', plural: 'Phương án' },
      minRows: OPTION_COUNT.min,
      maxRows: OPTION_COUNT.max,
      validate: validateOptions,
      fields: [
        { name: 'text', label: 'Nội dung', type: 'text', required: true, maxLength: 500 },
        { name: 'correct', label: 'Đúng', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'explanation',
      label: 'Giải thích (kèm căn cứ pháp lý)',
      type: 'textarea',
      required: true,
      maxLength: 2000,
    },
    { name: 'law', label: 'Văn bản pháp luật', type: 'select', required: true, index: true, options: [...QUIZ_LAWS] },
    { name: 'topic', label: 'Chủ đề', type: 'text', maxLength: 200 },
    {
      name: 'difficulty',
      label: 'Mức độ',
      type: 'select',
      required: true,
      defaultValue: 'MEDIUM',
      options: [...QUESTION_DIFFICULTIES],
    },
    imageField('image', 'Ảnh minh họa'),
    ...scopeFields({
      localityRequired: false,
      nationalHint: 'Để trống với câu hỏi dùng chung toàn quốc (do Bộ Công an quản lý).',
    }),
  ],
}
