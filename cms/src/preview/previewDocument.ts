import { escapeHtml } from './escapeHtml.ts'

const STYLE = `
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1b1b;background:#f4f5f7}
main{max-width:720px;margin:0 auto;padding:16px;background:#fff;min-height:100vh}
.banner{background:#fff4d6;border:1px solid #e6c35c;padding:8px 12px;border-radius:6px;font-size:14px}
.banner.published{background:#e6f4ea;border-color:#7cc08f}
.meta{color:#555;font-size:14px}
img{max-width:100%;height:auto;border-radius:6px}
table{border-collapse:collapse;margin:8px 0}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.correct{font-weight:600;color:#176b2c}
.tag{display:inline-block;background:#eef;border-radius:4px;padding:0 6px;margin-right:4px;font-size:13px}
`

/** The page shell every preview shares: Vietnamese, not indexed, readable on a phone. */
export function previewDocument(args: { title: string; banner: string; published: boolean; body: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Xem trước: ${escapeHtml(args.title)} · Cầu Nối</title>
<style>${STYLE}</style>
</head>
<body><main>
<p class="banner${args.published ? ' published' : ''}" role="status">${escapeHtml(args.banner)}</p>
${args.body}
</main></body>
</html>`
}

/** "25/11/2026 14:30" in Vietnam's time zone, as the citizen apps show dates. */
export function formatVietnameseDate(value: unknown): string {
  if (typeof value !== 'string' && !(value instanceof Date)) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZone: 'Asia/Ho_Chi_Minh',
    })
      .formatToParts(date)
      .map((p) => [p.type, p.value]),
  )
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`
}
