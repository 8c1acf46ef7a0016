import type { Locality, Question, Quiz } from '../payload-types.ts'
import { QUESTION_DIFFICULTIES, QUIZ_LAWS } from '../collections/Questions/laws.ts'
import { escapeHtml } from './escapeHtml.ts'
import { formatVietnameseDate, previewDocument } from './previewDocument.ts'

export type QuizPreviewData = {
  quiz: Quiz
  /** The questions attempts draw from: the quiz's own set, or the bank of its laws. */
  questions: Question[]
  /** Size of the pool, which may exceed the questions listed. */
  poolSize: number
}

const labelOf = (options: readonly { value: string; label: string }[], value: string) =>
  options.find((o) => o.value === value)?.label ?? value

/** Only http(s) links become images; anything else in a URL field is shown as nothing. */
const safeImage = (url: unknown, alt: string) =>
  typeof url === 'string' && /^(https?:\/\/|\/)/i.test(url)
    ? `<img src="${escapeHtml(url)}" alt="${escapeHtml(alt)}">`
    : ''

function questionHtml(question: Question, index: number): string {
  const options = (question.options ?? [])
    .map(
      (o) =>
        `<li class="option${o.correct ? ' correct' : ''}">${escapeHtml(o.text)}${o.correct ? ' ✔ (đáp án đúng)' : ''}</li>`,
    )
    .join('')
  return [
    `<section class="question">`,
    `<h3>Câu ${index + 1} <small class="meta">(${escapeHtml(question.code)} · ${escapeHtml(labelOf(QUESTION_DIFFICULTIES, question.difficulty))})</small></h3>`,
    `<p>${escapeHtml(question.text)}</p>`,
    safeImage((question as { imageUrl?: unknown }).imageUrl, question.text),
    `<ol type="A">${options}</ol>`,
    `<p class="meta">Giải thích: ${escapeHtml(question.explanation)}</p>`,
    `</section>`,
  ]
    .filter(Boolean)
    .join('\n')
}

/** What an editor checks before publishing a quiz: its rules and every question with its correct answers. */
export function renderQuizPreview({ quiz, questions, poolSize }: QuizPreviewData): string {
  const published = quiz._status === 'published'
  const locality = quiz.locality && typeof quiz.locality === 'object' ? (quiz.locality as Locality) : null
  const rules = [
    `Văn bản: ${quiz.laws.map((l) => escapeHtml(labelOf(QUIZ_LAWS, l))).join('; ')}`,
    locality ? `Địa bàn: ${escapeHtml(locality.name)}` : 'Toàn quốc',
    `Thời gian mở: ${escapeHtml(formatVietnameseDate(quiz.opensAt))} – ${escapeHtml(formatVietnameseDate(quiz.closesAt))}`,
    `Thời gian làm bài: ${Math.round(quiz.timeLimitSeconds / 60)} phút`,
    `Mỗi lượt thi: ${quiz.questionCount} câu, rút ngẫu nhiên từ ${poolSize} câu`,
    `Điểm đạt: ${quiz.passPercent}% số câu đúng`,
    `Số lượt thi tối đa: ${quiz.maxAttempts}`,
  ]
  const shortage =
    poolSize < quiz.questionCount
      ? `<p class="banner">Cảnh báo: bộ câu hỏi chỉ có ${poolSize} câu, ít hơn số câu mỗi lượt thi (${quiz.questionCount}).</p>`
      : ''
  const listed =
    questions.length < poolSize ? `<p class="meta">Hiển thị ${questions.length}/${poolSize} câu đầu tiên.</p>` : ''
  const body = [
    `<h1>${escapeHtml(quiz.title)}</h1>`,
    safeImage((quiz as { coverUrl?: unknown }).coverUrl, quiz.title),
    `<ul class="meta">${rules.map((r) => `<li>${r}</li>`).join('')}</ul>`,
    quiz.description ? `<p>${escapeHtml(quiz.description)}</p>` : '',
    shortage,
    `<h2>Câu hỏi và đáp án</h2>`,
    listed,
    ...questions.map(questionHtml),
  ]
  return previewDocument({
    title: quiz.title,
    published,
    banner: published
      ? 'Cuộc thi đang công bố. Đáp án đúng chỉ hiện trên trang xem trước dành cho biên tập viên.'
      : 'Bản nháp: chưa công bố. Đáp án đúng chỉ hiện trên trang xem trước dành cho biên tập viên.',
    body: body.filter(Boolean).join('\n'),
  })
}
