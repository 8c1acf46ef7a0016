import { scalarResolvers } from '@caunoi/platform'
import type { Resolvers } from '../__generated__/resolvers-types.ts'
import { Article } from './Article.ts'
import { ContactOfficer } from './ContactOfficer.ts'
import { HandbookEntry } from './HandbookEntry.ts'
import { HelpHit } from './HelpHit.ts'
import { Hotline } from './Hotline.ts'
import { Locality } from './Locality.ts'
import { Procedure } from './Procedure.ts'
import { ProcedureFieldSource } from './ProcedureFieldSource.ts'
import { Mutation } from './Mutation.ts'
import { PatrolSchedule } from './PatrolSchedule.ts'
import { Query } from './Query.ts'
import { Unit } from './Unit.ts'

export const resolvers: Resolvers = {
  ...scalarResolvers,
  Query,
  Mutation,
  HandbookEntry,
  HelpHit,
  PatrolSchedule,
  Locality,
  Unit,
  Hotline,
  Procedure,
  ProcedureFieldSource,
  ContactOfficer,
  Article,
}
