import type { CollectionConfig } from 'payload'
import { nobodyField } from '../../access/fieldAccess.ts'
import { isEditor } from '../../access/isEditor.ts'
import { isSuperAdmin } from '../../access/isSuperAdmin.ts'
import { ATTEMPT_STATUSES } from './statuses.ts'

/**
 * One participant's attempt at a quiz: the questions and option order drawn for it, the server-side
 * deadline, and once submitted the answers and the score computed on the server.
 */
export const QuizAttempts: CollectionConfig = {
  slug: 'quizAttempts',
  labels: { singular: 'Lượt thi', plural: 'Lượt thi' },
  admin: {
    useAsTitle: 'attemptId',
    defaultColumns: ['quiz', 'participant', 'status', 'score', 'maxScore', 'durationMs', 'localityCode'],
    group: 'Thi tìm hiểu pháp luật',
  },
  // Written by the quizzes service only, so no one edits a score by hand.
  access: { read: isEditor, create: isSuperAdmin, update: isSuperAdmin, delete: isSuperAdmin },
  defaultSort: '-startedAt',
  // The attempt policy holds across processes: a participant's Nth attempt of a quiz exists once.
  indexes: [{ fields: ['quiz', 'participant', 'number'], unique: true }],
  fields: [
    // Random and unguessable: holding it is what lets a client submit the attempt.
    {
      name: 'attemptId',
      label: 'Mã lượt thi',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      access: { update: nobodyField },
    },
    { name: 'quiz', label: 'Cuộc thi', type: 'relationship', relationTo: 'quizzes', required: true, index: true },
    {
      name: 'participant',
      label: 'Người dự thi',
      type: 'relationship',
      relationTo: 'quizParticipants',
      required: true,
      index: true,
    },
    { name: 'number', label: 'Lượt thứ', type: 'number', required: true },
    { name: 'localityCode', label: 'Mã địa bàn', type: 'text', index: true },
    { name: 'provinceCode', label: 'Mã tỉnh', type: 'text', index: true },
    {
      name: 'status',
      label: 'Trạng thái',
      type: 'select',
      required: true,
      index: true,
      options: [...ATTEMPT_STATUSES],
    },
    {
      name: 'startedAt',
      label: 'Bắt đầu',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'deadline',
      label: 'Hạn nộp',
      type: 'date',
      required: true,
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'submittedAt', label: 'Nộp lúc', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'durationMs', label: 'Thời gian làm bài (ms)', type: 'number', index: true },
    { name: 'score', label: 'Số câu đúng', type: 'number', index: true },
    { name: 'maxScore', label: 'Số câu', type: 'number', required: true },
    { name: 'passed', label: 'Đạt', type: 'checkbox' },
    // The participant's best submitted attempt of this quiz: what leaderboards rank.
    { name: 'best', label: 'Kết quả tốt nhất', type: 'checkbox', index: true, defaultValue: false },
    // [{ questionId, optionIds }] in the order shown to the participant.
    { name: 'drawn', type: 'json', required: true, admin: { hidden: true } },
    // [{ questionId, optionIds, correct }] as submitted and marked.
    { name: 'answers', type: 'json', admin: { hidden: true } },
  ],
}
