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
