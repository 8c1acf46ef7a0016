import { scalarResolvers } from '@caunoi/platform'
import type { Resolvers } from '../__generated__/resolvers-types.ts'
import { Locality } from './Locality.ts'
import { Mutation } from './Mutation.ts'
import { Query } from './Query.ts'
import { Report } from './Report.ts'
import { ReportStats } from './ReportStats.ts'
import { Unit } from './Unit.ts'

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  Report,
  ReportStats,
  Locality,
  Unit,
}
