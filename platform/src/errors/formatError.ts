import { GraphQLError, type GraphQLFormattedError } from 'graphql'
import { unwrapResolverError } from '@apollo/server/errors'
import type { Logger } from 'pino'
import { isClientFault } from './clientFault.ts'
import { ErrorCode, type FieldProblem } from './errorCodes.ts'
import { variableProblem } from './variableProblems.ts'

/** Codes whose message was written for the client and may be shown as is. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BadUserInput,
  ErrorCode.Unauthenticated,
  ErrorCode.Forbidden,
  ErrorCode.NotFound,
  ErrorCode.RateLimited,
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
])

type PayloadValidationError = {
  name: string
  data?: { errors?: { path?: string; message?: string }[] }
  message: string
}

/** Payload's ValidationError carries the failing fields in data.errors; graphql-js has a class of the same name. */
function isPayloadValidationError(error: unknown): error is PayloadValidationError {
  if (typeof error !== 'object' || error === null || error instanceof GraphQLError) return false
  const candidate = error as PayloadValidationError
  return candidate.name === 'ValidationError' && Array.isArray(candidate.data?.errors)
}

/** Apollo's own refusals that carry an HTTP status but no code, in the client's language. */
const REQUEST_REFUSALS: Record<string, string> = {
  'provided sha does not match query': 'Mã sha256Hash của truy vấn đã lưu không khớp với nội dung truy vấn.',
}

const invalidData = (problems: FieldProblem[]) =>
  'Dữ liệu không hợp lệ: ' + problems.map((p) => `${p.field} (${p.message})`).join(', ')

/**
 * The one place where errors become what a client sees: Payload validation failures and
 * graphql-js's English variable errors become BAD_USER_INPUT with the failing fields in
 * Vietnamese, known client errors pass through, and anything else is logged in full and reported
 * as a generic internal error without a stack trace.
 */
export function createErrorFormatter(logger: Logger) {
  // The client's mistakes are routine: a warn line with the code, never the message's values (a
  // variable's value can be a phone number) nor a stack.
  const logClientError = (formatted: GraphQLFormattedError) => {
    const { code, problems } = (formatted.extensions ?? {}) as { code?: unknown; problems?: FieldProblem[] }
    const detail =
      code === ErrorCode.BadUserInput ? { fields: problems?.map((p) => p.field) } : { reason: formatted.message }
    logger.warn({ code, path: formatted.path, ...detail }, 'request refused')
    return formatted
  }
  return function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
    const original = unwrapResolverError(error)
    if (isPayloadValidationError(original)) {
      const problems: FieldProblem[] = (original.data?.errors ?? []).map((e) => ({
        field: e.path ?? '',
        message: e.message ?? 'không hợp lệ',
      }))
      return logClientError({
        message: invalidData(problems),
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: ErrorCode.BadUserInput, problems },
      })
    }
    const code = formatted.extensions?.code
    if (typeof code === 'string' && CLIENT_CODES.has(code)) {
      const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {}
      const problem = code === ErrorCode.BadUserInput ? variableProblem(formatted.message) : null
      if (problem)
        return logClientError({
          ...formatted,
          message: invalidData([problem]),
          extensions: { ...extensions, problems: [problem] },
        })
      return logClientError({ ...formatted, extensions })
    }
    // Refused before execution with a 4xx and no code (a persisted query whose hash does not match).
    if (code === undefined && isClientFault(original)) {
      const message = REQUEST_REFUSALS[formatted.message] ?? formatted.message
      return logClientError({ message, locations: formatted.locations, extensions: { code: 'BAD_REQUEST' } })
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error while resolving')
    return {
      message: 'Lỗi hệ thống, vui lòng thử lại sau.',
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: ErrorCode.Internal },
    }
  }
}
