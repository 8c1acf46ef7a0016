import type { Payload } from 'payload'
import { authorizePreview } from './authorizePreview.ts'
import { escapeHtml } from './escapeHtml.ts'
import { loadPreview } from './loadPreview.ts'
import { isPreviewable, previewPath } from './previewPath.ts'

type RouteContext = { params: Promise<{ collection: string; id: string }> }

/** Previews show unpublished text: never cached, never indexed, no scripts, images from here or https only. */
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
    `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cầu Nối</title></head><body><p>${escapeHtml(message)}</p></body></html>`,
  )

/**
 * GET /preview/:collection/:id for the admin's preview button. Anonymous visitors go to the admin
 * login and come back; staff outside the document's scope get 403; unknown documents 404.
 */
export function previewRoute(getPayload: () => Promise<Payload>) {
  return async function GET(_request: Request, context: RouteContext): Promise<Response> {
    const { collection, id } = await context.params
    if (!isPreviewable(collection)) return messagePage(404, 'Không tìm thấy nội dung cần xem trước.')
    const payload = await getPayload()
    try {
      const decision = await authorizePreview(payload, _request.headers, collection, id)
      switch (decision.kind) {
        case 'anonymous': {
          const { routes, admin } = payload.config
          const login = `${routes.admin}${admin.routes.login}?redirect=${encodeURIComponent(previewPath(collection, id))}`
          return new Response(null, { status: 302, headers: { Location: login, 'Cache-Control': 'private, no-store' } })
        }
        case 'not-found':
          return messagePage(404, 'Không tìm thấy nội dung cần xem trước.')
        case 'forbidden':
          return messagePage(403, 'Bạn không có quyền xem trước nội dung này (ngoài địa bàn, đơn vị được phân công).')
        case 'allowed':
          return page(200, await loadPreview(payload, collection, id, decision.user))
      }
    } catch (error) {
      payload.logger.error({ err: error, collection, id }, 'preview failed')
      return messagePage(500, 'Không tạo được trang xem trước. Vui lòng thử lại sau.')
    }
  }
}
