import { buildSchema, graphql } from 'graphql'
import { describe, expect, it } from '@jest/globals'
import { pino } from 'pino'
import {
  DATE_OUT_OF_RANGE_MESSAGE,
  INVALID_DATE_MESSAGE,
  isStoredDateText,
  readAcceptedDate,
} from '../src/dates/acceptedDate.ts'
import { createErrorFormatter } from '../src/errors/formatError.ts'
import { scalarResolvers } from '../src/subgraph/scalars.ts'

const schema = buildSchema(`
  scalar DateTime
  type Query { echo(at: DateTime): String }
`)
Object.assign(schema.getType('DateTime')!, {
  parseValue: scalarResolvers.DateTime.parseValue,
  parseLiteral: scalarResolvers.DateTime.parseLiteral,
})
const rootValue = { echo: ({ at }: { at: Date }) => at.toISOString() }
const format = createErrorFormatter(pino({ level: 'silent' }))

/** What a client sees when it sends this date as the $at variable of a subgraph query. */
async function sent(at: string) {
  const { data, errors } = await graphql({
    schema,
    rootValue,
    source: 'query($at: DateTime) { echo(at: $at) }',
    variableValues: { at },
  })
  if (!errors) return { stored: data?.echo }
  const error = errors[0]!
  const formatted = format({ message: error.message, extensions: { code: 'BAD_USER_INPUT' } }, error)
  return { code: formatted.extensions?.code, problems: formatted.extensions?.problems }
}

describe('the DateTime scalar takes only dates the platform can store', () => {
  it.each([
    ['the first instant of year 1000', '1000-01-01T00:00:00Z', '1000-01-01T00:00:00.000Z'],
    ['the last instant of year 9999', '9999-12-31T23:59:59.999Z', '9999-12-31T23:59:59.999Z'],
    ['a Vietnamese local time', '2026-12-03T08:30:00+07:00', '2026-12-03T01:30:00.000Z'],
  ])('accepts %s', async (_, at, stored) => {
    expect(await sent(at)).toEqual({ stored })
  })

  it.each([
    ['year 0, which PostgreSQL has no room for', '0000-06-13T20:23:25.135Z'],
    ['a year before 1000', '0999-12-31T23:59:59Z'],
    ['year 1 in Vietnam, which is year 0 in UTC', '0001-01-01T00:00:00+07:00'],
    ['year 9999 in the Americas, which is year 10000 in UTC', '9999-12-31T23:00:00-07:00'],
  ])('refuses %s as out of range, naming the field', async (_, at) => {
    expect(await sent(at)).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'at', message: DATE_OUT_OF_RANGE_MESSAGE }],
    })
  })

  it('refuses a date inline in the query as well', async () => {
    const { errors } = await graphql({ schema, rootValue, source: '{ echo(at: "0000-06-13T20:23:25.135Z") }' })
    expect(errors?.[0]?.message).toMatch(/outside the years 1000–9999/)
  })

  it('still calls a six-digit year no date at all, in the pinned wording', async () => {
    expect(await sent('-033566-06-13T20:23:25.135Z')).toEqual({
      code: 'BAD_USER_INPUT',
      problems: [{ field: 'at', message: 'Thời điểm không hợp lệ (ví dụ: 2026-12-03T08:30:00+07:00).' }],
    })
    expect(INVALID_DATE_MESSAGE).toBe('Thời điểm không hợp lệ (ví dụ: 2026-12-03T08:30:00+07:00).')
  })
})

describe('reading a date from outside GraphQL', () => {
  it('tells a date the platform stores from no date and from one out of range', () => {
    expect(readAcceptedDate('2026-12-03T08:30:00+07:00')).toEqual(new Date('2026-12-03T01:30:00.000Z'))
    expect(readAcceptedDate('hôm qua')).toBe('invalid')
    expect(readAcceptedDate('-193059-02-12T14:24:26.884Z')).toBe('out-of-range')
    expect(readAcceptedDate('+275760-09-13T00:00:00.000Z')).toBe('out-of-range')
    expect(readAcceptedDate(new Date(Date.UTC(10000, 0, 1)))).toBe('out-of-range')
  })

  it('takes as cursor date text only what every database compares', () => {
    expect(isStoredDateText('2026-12-03T01:30:00.000Z')).toBe(true)
    expect(isStoredDateText('2026-12-03')).toBe(true)
    expect(isStoredDateText('0000-06-13T20:23:25.135Z')).toBe(false)
    expect(isStoredDateText('+275760-09-13T00:00:00.000Z')).toBe(false)
    expect(isStoredDateText('2026-12-03 OR 1=1')).toBe(false)
    expect(isStoredDateText(20261203)).toBe(false)
  })

  it('says in Vietnamese which years it takes', () => {
    expect(DATE_OUT_OF_RANGE_MESSAGE).toMatch(/^Thời điểm không hợp lệ: chỉ nhận các năm từ 1000 đến 9999/)
  })
})
