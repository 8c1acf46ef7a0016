import {
  BodyCutShortError,
  BodyTooLargeError,
  clientGone,
  lingerOnUnreadBody,
  readBody,
  sendJson,
  type Logger,
  type RouteHandler,
} from '@caunoi/platform'
import type { Payload } from 'payload'
import type { DossierRow } from './dossierRow.ts'
import type { DossierImporter } from './importDossiers.ts'
import { apiKeyOf, partnerSystemFor } from './partnerAuth.ts'

/** Rows per request: large enough for a day's changes of a unit, small enough to answer quickly. */
export const MAX_ROWS_PER_REQUEST = 5_000
const MAX_BODY_BYTES = 20_000_000

const problem = (code: string, message: string) => ({ error: { code, message } })

/**
 * POST /import/dossiers with `{ "dossiers": [...] }` and the partner system's API key. Answers 200
 * with what happened to each row (created, updated, unchanged, stale, rejected with reasons), or
 * 401/400/413 with a coded error when the request as a whole cannot be accepted.
 */
export function dossierImportRoute(payload: Payload, importer: DossierImporter, logger: Logger): RouteHandler {
  return async (req, res) => {
    const apiKey = apiKeyOf(req)
    const partner = apiKey ? await partnerSystemFor(payload, apiKey) : null
    if (!partner) {
      lingerOnUnreadBody(req, res)
      return sendJson(res, 401, problem('UNAUTHENTICATED', 'Khóa API của hệ thống đối tác không hợp lệ.'))
    }
    let body: { dossiers?: unknown }
    try {
      body = JSON.parse(await readBody(req, MAX_BODY_BYTES)) as { dossiers?: unknown }
    } catch (error) {
      if (error instanceof BodyCutShortError || error instanceof BodyTooLargeError) {
        logger.warn({ partner: partner.name, reason: error.message }, 'dossier batch refused')
      }
      // Nothing was imported; a partner whose connection broke mid-body retries the whole batch.
      if (clientGone(req)) return void res.destroy()
      if (error instanceof BodyTooLargeError) {
        res.setHeader('connection', 'close')
        return sendJson(res, 413, problem('BAD_REQUEST', 'Yêu cầu quá lớn; hãy chia thành nhiều lô.'))
      }
      if (error instanceof BodyCutShortError) {
        return sendJson(res, 400, problem('BAD_REQUEST', 'Nội dung yêu cầu không trọn vẹn (ngắn hơn Content-Length).'))
      }
      return sendJson(res, 400, problem('BAD_USER_INPUT', 'Nội dung không phải JSON hợp lệ.'))
    }
    const rows = body?.dossiers
    if (!Array.isArray(rows)) {
      return sendJson(res, 400, problem('BAD_USER_INPUT', 'Cần trường "dossiers" là danh sách hồ sơ.'))
    }
    if (rows.length > MAX_ROWS_PER_REQUEST) {
      return sendJson(res, 413, problem('BAD_REQUEST', `Tối đa ${MAX_ROWS_PER_REQUEST} hồ sơ mỗi lô.`))
    }
    const summary = await importer.importBatch(rows as DossierRow[], partner.scope)
    logger.info(
      { partner: partner.name, rows: rows.length, ...summary, rejected: summary.rejected.length },
      'dossier batch imported',
    )
    sendJson(res, 200, summary)
  }
}
