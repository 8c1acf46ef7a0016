import type { Payload } from 'payload'
import { escapeHtml } from './escapeHtml.ts'
import { quizPreview } from './quizPreview.ts'
import { renderQuizPreview } from './renderQuizPreview.ts'

type RouteContext = { params: Promise<{ id: string }> }

/** Previews show answers and unpublished text: never cached or indexed, no scripts. */
const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'private, no-store',
  'X-Robots-Tag': 'noindex, nofollow',
  'Referrer-Policy': 'no-referrer',
  'Content-Security-Policy': "default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'",
}

const page = (status: number, html: string) => new Response(html, { status, headers: HTML_HEADERS })

const messagePage = (status: number, message: string) =>
  page(
    status,
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Xem trước cuộc thi</title></head><body><p>${escapeHtml(message)}</p></body></html>`,
  )

const STATUS_BY_CODE: Record<string, number> = { FORBIDDEN: 403, NOT_FOUND: 404 }

/**
 * GET /preview/quizzes/:id, the admin's preview button: the signed-in editor (Payload session
 * cookie or JWT header) sees the latest draft with its answers; visitors go to the admin login.
 */
export function quizPreviewRoute(getPayload: () => Promise<Payload>) {
  return async function GET(request: Request, context: RouteContext): Promise<Response> {
    const { id } = await context.params
    const payload = await getPayload()
    try {
      const { user } = await payload.auth({ headers: request.headers })
      if (!user) {
        const { routes, admin } = payload.config
        const back = encodeURIComponent(`/preview/quizzes/${encodeURIComponent(id)}`)
        const location = `${routes.admin}${admin.routes.login}?redirect=${back}`
        return new Response(null, {
          status: 302,
          headers: { Location: location, 'Cache-Control': 'private, no-store' },
        })
      }
      return page(200, renderQuizPreview(await quizPreview(payload, id, user)))
    } catch (error) {
      // Errors with a code (platform's forbidden/notFound) carry a message meant for the editor.
      const code = (error as { extensions?: { code?: unknown } }).extensions?.code
      const status = typeof code === 'string' ? STATUS_BY_CODE[code] : undefined
      if (status) return messagePage(status, (error as Error).message)
      payload.logger.error({ err: error, id }, 'quiz preview failed')
      return messagePage(500, 'Không tạo được trang xem trước. Vui lòng thử lại sau.')
    }
  }
}
