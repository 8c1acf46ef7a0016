import { GraphQLError } from 'graphql'
import { expect, it } from '@jest/globals'
import { pino } from 'pino'
import { createErrorFormatter } from '../src/errors/formatError.ts'
import { badUserInput } from '../src/errors/errorCodes.ts'

const format = createErrorFormatter(pino({ level: 'silent' }))

it('passes client errors through without a stack trace', () => {
  const error = badUserInput('Thiếu biển số', [{ field: 'vehiclePlate', message: 'bắt buộc' }])
  const formatted = format(
    { message: error.message, extensions: { ...error.extensions, stacktrace: ['at x.ts:1'] } },
    error,
  )
  expect(formatted).toEqual({
    message: 'Thiếu biển số',
    extensions: { code: 'BAD_USER_INPUT', problems: [{ field: 'vehiclePlate', message: 'bắt buộc' }] },
  })
})

it('turns a Payload validation failure into BAD_USER_INPUT naming the fields', () => {
  const payloadError = Object.assign(new Error('The following field is invalid: code'), {
    name: 'ValidationError',
    data: { errors: [{ path: 'code', message: 'Mã không hợp lệ' }] },
  })
  const formatted = format(
    { message: payloadError.message },
    new GraphQLError(payloadError.message, { originalError: payloadError, path: ['createLocality'] }),
  )
  expect(formatted.extensions).toEqual({
    code: 'BAD_USER_INPUT',
    problems: [{ field: 'code', message: 'Mã không hợp lệ' }],
  })
})

it('hides unexpected errors behind a generic message', () => {
  const internal = new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2')
  const formatted = format({ message: internal.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, internal)
  expect(formatted.message).toBe('Lỗi hệ thống, vui lòng thử lại sau.')
  expect(JSON.stringify(formatted)).not.toMatch(/ECONNREFUSED|hunter2/)
})

it('keeps a GraphQL validation error’s own message and code', () => {
  const error = new GraphQLError('Cannot query field "nope" on type "Query".', {
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  })
  error.name = 'ValidationError'
  const formatted = format({ message: error.message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }, error)
  expect(formatted).toEqual({
    message: 'Cannot query field "nope" on type "Query".',
    extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
  })
})

/** A formatter whose log lines are kept. */
function loggedFormatter() {
  const lines: Record<string, unknown>[] = []
  const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) })
  return { format: createErrorFormatter(logger), lines }
}

it('logs a client’s mistake at warn with its code, without a stack or the values it sent', () => {
  const { format: formatLogged, lines } = loggedFormatter()
  const error = badUserInput('Số điện thoại 0912345678 không hợp lệ', [{ field: 'reporter.phone', message: 'sai' }])
  formatLogged({ message: error.message, extensions: { ...error.extensions } }, error)
  expect(lines).toEqual([expect.objectContaining({ level: 40, code: 'BAD_USER_INPUT', fields: ['reporter.phone'] })])
  expect(JSON.stringify(lines)).not.toMatch(/0912345678|stack/)
})

it('answers a persisted query whose hash does not match as the client’s BAD_REQUEST, in Vietnamese', () => {
  const { format: formatLogged, lines } = loggedFormatter()
  const mismatch = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400 } } })
  const formatted = formatLogged({ message: mismatch.message }, mismatch)
  expect(formatted).toEqual({
    message: 'Mã sha256Hash của truy vấn đã lưu không khớp với nội dung truy vấn.',
    extensions: { code: 'BAD_REQUEST' },
  })
  expect(lines).toEqual([expect.objectContaining({ level: 40, code: 'BAD_REQUEST' })])
})
