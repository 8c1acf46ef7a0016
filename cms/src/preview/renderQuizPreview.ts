import { QUESTION_DIFFICULTIES, QUIZ_LAWS } from '../collections/Questions/laws.ts'
import type { ImageView } from '../domain/imageOf.ts'
import type { QuizPreview, QuizPreviewQuestion } from '../quizzes/quizPreview.ts'
import { escapeHtml } from './escapeHtml.ts'
import { formatVietnameseDate, previewDocument } from './previewDocument.ts'

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value

const image = (view: ImageView | null) =>
  view ? `<img src="${escapeHtml(view.url)}" alt="${escapeHtml(view.alt)}">` : ''

function questionHtml(question: QuizPreviewQuestion, index: number): string {
  const options = question.options
    .map((o) =>
      o.correct
        ? `<li class="correct"><strong>${escapeHtml(o.text)}</strong> ✔ đáp án đúng</li>`
        : `<li>${escapeHtml(o.text)}</li>`,
    )
    .join('')
  return `<section>
<h3>Câu ${index + 1}. ${escapeHtml(question.text)}</h3>
<p class="meta">${escapeHtml(question.code)} · ${escapeHtml(labelOf(QUESTION_DIFFICULTIES, question.difficulty))}${question.multipleAnswers ? ' · Chọn tất cả phương án đúng' : ''}</p>
${image(question.image)}
<ol type="A">${options}</ol>
<p class="explanation">Giải thích: ${escapeHtml(question.explanation)}</p>
</section>`
}

/** The preview page: the quiz as a participant sees it, every question with its correct answers marked. */
export function renderQuizPreview({ quiz, questions, poolSize }: QuizPreview): string {
  const rules = [
    `Văn bản: ${quiz.laws.map((law) => labelOf(QUIZ_LAWS, law)).join('; ')}`,
    quiz.locality ? `Địa bàn: ${quiz.locality.name}` : 'Phạm vi: toàn quốc',
    `Thời gian: từ ${formatVietnameseDate(quiz.opensAt)} đến ${formatVietnameseDate(quiz.closesAt)}`,
    `Thời gian làm bài: ${Math.round(quiz.timeLimitSeconds / 60)} phút`,
    `Mỗi lượt thi: ${quiz.questionCount} câu rút ngẫu nhiên từ ${poolSize} câu, đạt từ ${quiz.passPercent}% số câu đúng`,
    `Mỗi người thi tối đa ${quiz.maxAttempts} lượt`,
  ]
  const warnings = [
    quiz.status === 'draft' ? 'Bản nháp, chưa công bố.' : 'Cuộc thi đã công bố.',
    'Đáp án đúng chỉ hiện trên trang xem trước dành cho biên tập viên.',
    poolSize < quiz.questionCount ? `Ngân hàng chỉ có ${poolSize} câu, ít hơn số câu mỗi lượt thi.` : '',
    questions.length < poolSize ? `Trang này liệt kê ${questions.length} trên ${poolSize} câu.` : '',
  ].filter(Boolean)
  return previewDocument({
    title: quiz.title,
    banner: warnings.join(' '),
    published: quiz.status === 'published',
    body: `<h1>${escapeHtml(quiz.title)}</h1>
${image(quiz.cover)}
<ul>${rules.map((rule) => `<li>${escapeHtml(rule)}</li>`).join('')}</ul>
${quiz.description ? `<p>${escapeHtml(quiz.description)}</p>` : ''}
<h2>Câu hỏi và đáp án</h2>
${questions.map(questionHtml).join('\n')}`,
  })
}
