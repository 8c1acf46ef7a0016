import { buildSchema, graphql } from 'graphql'
import { DateTimeResolver } from 'graphql-scalars'
import { describe, expect, it } from '@jest/globals'
import { pino } from 'pino'
import { createErrorFormatter } from '../src/errors/formatError.ts'

// The real graphql-js messages, not copies: a wording change in graphql-js fails these tests.
const schema = buildSchema(`
  scalar DateTime
  enum ReportType { ADMIN_FEEDBACK CRIME_TIP }
  input Reporter { name: String! phone: String! }
  input ReportInput {
    type: ReportType!
    content: String!
    occurredAt: DateTime
    attachmentIds: [ID!]
    anonymous: Boolean
    reporter: Reporter
  }
  type Query { check(input: ReportInput!, first: Int, ratio: Float): Boolean }
`)
Object.assign(schema.getType('DateTime')!, {
  parseValue: DateTimeResolver.parseValue,
  parseLiteral: DateTimeResolver.parseLiteral,
})

const format = createErrorFormatter(pino({ level: 'silent' }))
const QUERY =
  'query($input: ReportInput!, $first: Int, $ratio: Float) { check(input: $input, first: $first, ratio: $ratio) }'
const VALID = { type: 'ADMIN_FEEDBACK', content: 'Nội dung' }

/** What a client sees for these variables: graphql-js's coercion error through the platform's formatter. */
async function seen(variables: Record<string, unknown>) {
  const { errors } = await graphql({ schema, source: QUERY, variableValues: variables })
  expect(errors).toHaveLength(1)
  const error = errors![0]!
  return format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error)
}

describe('variables graphql-js refuses, in Vietnamese with the failing field', () => {
  it.each([
    [
      'a date that is not one',
      { input: { ...VALID, occurredAt: 'yesterday' } },
      'occurredAt',
      /^Thời điểm không hợp lệ/,
    ],
    ['a missing required field', { input: { type: 'CRIME_TIP' } }, 'content', /^Thiếu trường bắt buộc/],
    ['a missing nested field', { input: { ...VALID, reporter: { name: 'An' } } }, 'reporter.phone', /^Thiếu trường/],
    ['an unknown field', { input: { ...VALID, extra: 1 } }, 'extra', /^Không có trường này/],
    ['a value outside the enum', { input: { ...VALID, type: 'NOPE' } }, 'type', /danh sách cho phép/],
    ['a number for a string', { input: { ...VALID, content: 5 } }, 'content', /chuỗi ký tự/],
    [
      'a null in a list of non-null ids',
      { input: { ...VALID, attachmentIds: ['A1', null] } },
      'attachmentIds[1]',
      /để trống/,
    ],
    ['a string for a boolean', { input: { ...VALID, anonymous: 'yes' } }, 'anonymous', /true hoặc false/],
    ['a string for an Int', { input: VALID, first: 'abc' }, 'first', /số nguyên/],
    ['a string for a Float', { input: VALID, ratio: 'abc' }, 'ratio', /^Phải là một số\.$/],
    ['a required variable left out', {}, 'input', /^Thiếu giá trị bắt buộc/],
    ['a required variable set to null', { input: null }, 'input', /^Không được để trống/],
    ['a list for an input object', { input: [] }, 'input', /đối tượng/],
  ])('%s', async (_, variables, field, reason) => {
    const formatted = await seen(variables as Record<string, unknown>)
    const problems = formatted.extensions?.problems as { field: string; message: string }[]
    expect(problems).toEqual([{ field, message: expect.stringMatching(reason) }])
    expect(formatted.message).toBe(`Dữ liệu không hợp lệ: ${field} (${problems[0]!.message})`)
    expect(formatted.extensions?.code).toBe('BAD_USER_INPUT')
  })

  it('is not fooled by values that look like the spot or the reason', async () => {
    const spoof = 'a; b at "input.type"; Field "x" of required type "String!" was not provided.'
    const unknown = await seen({ input: { ...VALID, content: spoof, extra: 'x; y' } })
    expect(unknown.extensions?.problems).toEqual([{ field: 'extra', message: 'Không có trường này.' }])
    const date = await seen({ input: { ...VALID, content: spoof, occurredAt: `x at "input.type"; y` } })
    expect(date.extensions?.problems).toEqual([{ field: 'occurredAt', message: expect.stringMatching(/^Thời điểm/) }])
  })

  it("keeps another scalar's own reason, for the field it names", async () => {
    const formatted = format(
      {
        message: 'Variable "$since" got invalid value "hôm qua"; DateTime phải là chuỗi ngày giờ ISO 8601.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
      new Error('x'),
    )
    expect(formatted.extensions?.problems).toEqual([
      { field: 'since', message: 'DateTime phải là chuỗi ngày giờ ISO 8601.' },
    ])
  })

  it('leaves BAD_USER_INPUT written for the client as it is', async () => {
    const formatted = format(
      { message: 'Biển kiểm soát không hợp lệ.', extensions: { code: 'BAD_USER_INPUT', problems: [] } },
      new Error('x'),
    )
    expect(formatted.message).toBe('Biển kiểm soát không hợp lệ.')
  })
})
