import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { Article, Locality, Media, Unit } from '../payload-types.ts'
import { ARTICLE_CATEGORIES } from '../collections/Articles/categories.ts'
import { escapeHtml } from './escapeHtml.ts'
import { formatVietnameseDate, previewDocument } from './previewDocument.ts'

const CHART_KINDS: Record<string, string> = { BAR: 'biểu đồ cột', LINE: 'biểu đồ đường', PIE: 'biểu đồ tròn' }

const populated = <T extends object>(ref: unknown): T | null => (ref && typeof ref === 'object' ? (ref as T) : null)

function chartHtml(chart: NonNullable<Article['charts']>[number]): string {
  const unit = chart.unit ? ` (${escapeHtml(chart.unit)})` : ''
  const series = (chart.series ?? [])
    .map((s) => {
      const rows = (s.points ?? [])
        .map((p) => `<tr><td>${escapeHtml(p.label)}</td><td>${escapeHtml(p.value)}</td></tr>`)
        .join('')
      return `<table><caption>${escapeHtml(s.name)}</caption><thead><tr><th>Nhãn</th><th>Giá trị${unit}</th></tr></thead><tbody>${rows}</tbody></table>`
    })
    .join('')
  return `<figure class="chart"><figcaption><strong>${escapeHtml(chart.title)}</strong> · ${escapeHtml(CHART_KINDS[chart.kind] ?? chart.kind)}</figcaption>${series}</figure>`
}

/** The article as a citizen would read it, rendered from the latest draft (depth 1: cover, locality, unit). */
export function renderArticlePreview(article: Article): string {
  const published = article._status === 'published'
  const category = ARTICLE_CATEGORIES.find((c) => c.value === article.category)?.label ?? article.category
  const locality = populated<Locality>(article.locality)
  const unit = populated<Unit>(article.unit)
  const cover = populated<Media>(article.coverImage)
  const meta = [
    escapeHtml(category),
    locality ? `Địa bàn: ${escapeHtml(locality.name)}` : 'Toàn quốc',
    unit ? `Đơn vị: ${escapeHtml(unit.name)}` : '',
    article.publishedAt ? `Ngày đăng: ${escapeHtml(formatVietnameseDate(article.publishedAt))}` : 'Chưa đăng',
  ].filter(Boolean)
  const content = article.content
    ? convertLexicalToHTML({ data: article.content as unknown as SerializedEditorState, disableContainer: true })
    : ''
  const tags = (article.tags ?? []).map((t) => `<span class="tag">#${escapeHtml(t)}</span>`).join('')
  const body = [
    `<article>`,
    `<h1>${escapeHtml(article.title)}</h1>`,
    `<p class="meta">${meta.join(' · ')}</p>`,
    cover?.url ? `<img src="${escapeHtml(cover.url)}" alt="${escapeHtml(cover.alt ?? '')}">` : '',
    article.summary ? `<p><strong>${escapeHtml(article.summary)}</strong></p>` : '',
    `<div class="content">${content}</div>`,
    ...(article.charts ?? []).map(chartHtml),
    tags ? `<p>${tags}</p>` : '',
    `</article>`,
  ]
  return previewDocument({
    title: article.title,
    published,
    banner: published
      ? 'Bản đang công bố: người dân đang xem nội dung này.'
      : 'Bản nháp: chưa công bố, chỉ biên tập viên có thẩm quyền xem được trang này.',
    body: body.filter(Boolean).join('\n'),
  })
}
