import { scalarResolvers } from '@caunoi/platform'
import type { Resolvers } from '../__generated__/resolvers-types.ts'
import { Dossier } from './Dossier.ts'
import { Locality } from './Locality.ts'
import { Mutation } from './Mutation.ts'
import { Procedure } from './Procedure.ts'
import { Query } from './Query.ts'
import { Rating } from './Rating.ts'
import { Unit } from './Unit.ts'

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  Dossier,
  Rating,
  Unit,
  Procedure,
  Locality,
}
