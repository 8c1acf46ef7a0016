import type { SanitizedConfig } from 'payload'
import { asOverriddenGet } from './methodOverride.ts'
import { isMissingRestTarget } from './missingRestTarget.ts'
import { notFoundResponse } from './notFound.ts'
import { checkRestBody } from './restBody.ts'
import { vietnameseErrorBody } from './restMessages.ts'
import { queryFault } from './restQuery.ts'

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/** Payload's error answer in Vietnamese, `Route not found` as our 404, a server fault told nothing of. */
async function inVietnamese(response: Response): Promise<Response> {
  if (response.status < 400 || !response.headers.get('content-type')?.includes('json')) return response
  const body = (await response.clone().json()) as { message?: unknown }
  if (response.status === 404 && typeof body.message === 'string' && body.message.startsWith('Route not found')) {
    return notFoundResponse('Không tìm thấy đường dẫn này.')
  }
  const headers = new Headers(response.headers)
  headers.delete('content-length')
  return Response.json(vietnameseErrorBody(response.status, body), { status: response.status, headers })
}

/**
 * Payload's REST handler, answering a client's mistake with a 4xx in Vietnamese instead of Payload's
 * 500 or its English: missing things are 404, bodies not of their declared type and query
 * mistakes the database would fail on 400. The Next route
 * and the tests' server share it.
 */
export function answerRest<A extends unknown[]>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: Handler<A>,
): Handler<A> {
  return async (incoming, ...rest) => {
    const request = await asOverriddenGet(incoming)
    const { pathname, searchParams } = new URL(request.url)
    const sanitized = await config
    if (isMissingRestTarget(sanitized, request.method, pathname)) return notFoundResponse()
    const badQuery = pathname.startsWith(`${sanitized.routes.api}/`) && queryFault(sanitized, pathname, searchParams)
    if (badQuery) return badQuery
    const checked = await checkRestBody(request)
    if (checked instanceof Response) return checked
    return inVietnamese(await handler(checked, ...rest))
  }
}
