import { GraphQLError, GraphQLScalarType, type ValueNode } from 'graphql'
import { DateTimeResolver, JSONResolver } from 'graphql-scalars'
import { ACCEPTED_YEARS, isAcceptedDate } from '../dates/acceptedDate.ts'

// The wording starts like graphql-scalars' own, so variableProblems turns it into Vietnamese.
const DATE_OUT_OF_RANGE_PREFIX = 'DateTime cannot represent a date outside'

function accepted(date: unknown): unknown {
  if (date instanceof Date && !isAcceptedDate(date)) {
    const years = `${ACCEPTED_YEARS.first}–${ACCEPTED_YEARS.last}`
    throw new GraphQLError(`${DATE_OUT_OF_RANGE_PREFIX} the years ${years}: ${date.toISOString()}.`)
  }
  return date
}

/** An RFC 3339 date-time the platform can also store (see ACCEPTED_YEARS). */
const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  parseValue: (value: unknown) => accepted(DateTimeResolver.parseValue(value)),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) =>
    accepted(DateTimeResolver.parseLiteral(ast, variables)),
})

/** Scalars shared by every subgraph, so a DateTime means the same thing across the graph. */
export const scalarResolvers = { DateTime, JSON: JSONResolver }
