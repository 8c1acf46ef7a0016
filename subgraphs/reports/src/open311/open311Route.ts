import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BodyCutShortError,
  BodyTooLargeError,
  callerOf,
  clientGone,
  ErrorCode,
  lingerOnUnreadBody,
  readBody,
  sendJson,
  type RouteHandler,
  type VerifierGuard,
} from '@caunoi/platform'
import { GraphQLError } from 'graphql'
import { REPORT_FOR_SENDER_SELECT, toPublicReport } from '../domain/publicReport.ts'
import { submissionProblems, submitReport, type SubmitReportDeps } from '../domain/submitReport.ts'
import { normalizeTrackingCode } from '../domain/trackingCode.ts'
import { verifiedUnderGuard } from '../domain/verifier.ts'
import { listServiceRequests } from './listServiceRequests.ts'
import { fromBadUserInput, invalidRequest, Open311Error, sendOpen311Error } from './open311Error.ts'
import { refuseNul } from './refuseNul.ts'
import { toServiceRequest, unitNames } from './serviceRequest.ts'
import { requestFields, toSubmitReportInput } from './serviceRequestInput.ts'
import { OPEN311_SERVICES, serviceByCode, serviceDefinition } from './services.ts'

export const OPEN311_PREFIX = '/open311/v2/'

type Deps = SubmitReportDeps & { guard: VerifierGuard }

/** A service request is text and a few ids: anything larger is not one. */
const MAX_REQUEST_BYTES = 64 * 1024

function sendCached(res: ServerResponse, status: number, value: unknown, cacheControl: string) {
  res.setHeader('cache-control', cacheControl)
  sendJson(res, status, value)
}

/** POST requests.json: the same submit path as the submitReport mutation, acknowledged once stored. */
async function createServiceRequest(deps: Deps, req: IncomingMessage, res: ServerResponse) {
  const fields = requestFields(req.headers['content-type'], await readBody(req, MAX_REQUEST_BYTES))
  refuseNul(fields)
  const header = req.headers['idempotency-key']
  const { input, idempotencyKey, problems } = toSubmitReportInput(fields, Array.isArray(header) ? header[0] : header)
  if (problems.length > 0) {
    // Nothing is stored, but the client hears of every problem at once, the submit path's included.
    const more = await submissionProblems(deps, input, idempotencyKey)
    throw invalidRequest([...problems, ...more.filter((p) => !problems.some((q) => q.field === p.field))])
  }
  const result = await submitReport(deps, input, idempotencyKey)
  // An anonymous tip has no sender's phone to look it up with.
  const orPhone = input.anonymous ? '' : ' (hoặc số điện thoại của người gửi)'
  res.setHeader('cache-control', 'no-store')
  sendJson(res, 201, [
    {
      service_request_id: result.trackingCode,
      service_notice:
        `Đã tiếp nhận phản ánh, mã tra cứu ${result.trackingCode}. Mã xác minh ${result.verifier}${orPhone} ` +
        'dùng để xem tiến trình xử lý; vui lòng giữ bí mật.',
      account_id: null,
      // Not in GeoReport v2: what GET requests/{id}.json?verifier=… needs before the answer is public.
      verifier: result.verifier,
    },
  ])
}

/**
 * GET requests/{id}.json: a report anyone may read (answered, publishable, not a crime tip), or
 * any report of the caller's own when `verifier` (the verifier or the sender's phone) matches,
 * under the same limits on wrong verifiers as the `report` query. Anything else, unknown or not,
 * is the same 404.
 */
async function showServiceRequest(
  deps: Deps,
  req: IncomingMessage,
  rawId: string,
  params: URLSearchParams,
  res: ServerResponse,
) {
  const notFound = new Open311Error(404, [`service_request_id: Không tìm thấy phản ánh "${rawId}".`])
  const code = normalizeTrackingCode(rawId)
  const { docs } = code
    ? await deps.payload.find({
        collection: 'reports',
        where: { trackingCode: { equals: code } },
        select: { ...REPORT_FOR_SENDER_SELECT, publishable: true },
        limit: 1,
        pagination: false,
        depth: 0,
      })
    : { docs: [] }
  const report = docs[0] ?? null
  const isPublic =
    report?.publishable === true && ['ANSWERED', 'CLOSED'].includes(report.status) && report.type !== 'CRIME_TIP'
  const verifier = params.get('verifier')
  if (!isPublic) {
    if (!verifier) throw notFound
    const sender = { ...deps, client: callerOf(req).clientAddress }
    if (!(await verifiedUnderGuard(sender, rawId, report, verifier))) throw notFound
  }
  const visible = toPublicReport(report!)
  sendCached(res, 200, [toServiceRequest(visible, await unitNames(deps.payload, [visible]))], 'private, no-store')
}

async function dispatch(deps: Deps, req: IncomingMessage, res: ServerResponse) {
  const url = new URL(req.url ?? '/', 'http://localhost')
  const path = decodeURIComponent(url.pathname.slice(OPEN311_PREFIX.length))
  refuseNul([['path', path], ...url.searchParams])
  const method = req.method ?? 'GET'
  const only = (allowed: string) => {
    if (method === allowed) return true
    res.setHeader('allow', allowed)
    sendOpen311Error(res, 405, [`Đường dẫn này chỉ nhận phương thức ${allowed}.`])
    return false
  }

  if (path === 'services.json') {
    if (only('GET')) sendCached(res, 200, OPEN311_SERVICES, 'public, max-age=300')
    return
  }
  const definition = /^services\/([^/]+)\.json$/.exec(path)
  if (definition) {
    const service = serviceByCode(definition[1]!)
    if (!service) throw new Open311Error(404, [`service_code: Không có loại phản ánh "${definition[1]}".`])
    if (only('GET')) sendCached(res, 200, serviceDefinition(service), 'public, max-age=300')
    return
  }
  if (path === 'requests.json') {
    if (method === 'POST') return createServiceRequest(deps, req, res)
    if (only('GET'))
      sendCached(res, 200, await listServiceRequests(deps.payload, url.searchParams), 'public, max-age=60')
    return
  }
  const request = /^requests\/([^/]+)\.json$/.exec(path)
  if (request) {
    if (only('GET')) await showServiceRequest(deps, req, request[1]!, url.searchParams, res)
    return
  }
  throw new Open311Error(404, [`Không có tài nguyên Open311 "${path}" (chỉ hỗ trợ định dạng .json).`])
}

/**
 * Open311 GeoReport v2 (JSON) under /open311/v2/, mapped onto the report model: services.json,
 * services/{code}.json, requests.json (GET, POST) and requests/{id}.json. Refusals use the
 * Open311 error format [{ code, description }] with the HTTP status as code.
 */
export function open311Route(deps: Deps): RouteHandler {
  return async (req, res) => {
    try {
      await dispatch(deps, req, res)
    } catch (error) {
      const refusal =
        error instanceof Open311Error
          ? error
          : error instanceof BodyTooLargeError
            ? new Open311Error(413, ['Yêu cầu quá lớn.'])
            : error instanceof BodyCutShortError
              ? new Open311Error(400, ['Nội dung yêu cầu không trọn vẹn (ngắn hơn Content-Length).'])
              : error instanceof URIError
                ? new Open311Error(400, ['Đường dẫn không hợp lệ.'])
                : fromBadUserInput(error)
      if (refusal) {
        deps.logger.warn({ status: refusal.status, reason: refusal.message }, 'open311 request refused')
        // A client that went away mid-body hears nothing.
        if (clientGone(req)) return void res.destroy()
        lingerOnUnreadBody(req, res)
        return sendOpen311Error(res, refusal.status, refusal.descriptions)
      }
      if (error instanceof GraphQLError && error.extensions.code === ErrorCode.RateLimited) {
        res.setHeader('retry-after', String(error.extensions.retryAfterSeconds ?? 60))
        return sendOpen311Error(res, 429, [error.message])
      }
      deps.logger.error({ err: error }, 'open311 request failed')
      sendOpen311Error(res, 500, ['Lỗi hệ thống, vui lòng thử lại sau.'])
    }
  }
}
