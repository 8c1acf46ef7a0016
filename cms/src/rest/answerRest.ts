import type { SanitizedConfig } from 'payload'
import { isMissingRestTarget } from './missingRestTarget.ts'
import { notFoundResponse } from './notFound.ts'

type Handler<A extends unknown[]> = (request: Request, ...rest: A) => Promise<Response>

/**
 * Payload's REST handler, answering 404 in Vietnamese where the thing asked for is missing instead
 * of Payload's 500 or its English "Route not found". The Next route and the tests' server share it.
 */
export function answerRest<A extends unknown[]>(
  config: SanitizedConfig | Promise<SanitizedConfig>,
  handler: Handler<A>,
): Handler<A> {
  return async (request, ...rest) => {
    const { pathname } = new URL(request.url)
    if (isMissingRestTarget(await config, request.method, pathname)) return notFoundResponse()
    const response = await handler(request, ...rest)
    if (response.status !== 404 || !response.headers.get('content-type')?.includes('json')) return response
    const body = (await response.clone().json()) as { message?: unknown }
    return typeof body.message === 'string' && body.message.startsWith('Route not found')
      ? notFoundResponse('Không tìm thấy đường dẫn này.')
      : response
  }
}
