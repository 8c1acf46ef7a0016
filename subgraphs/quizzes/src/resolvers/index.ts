import { scalarResolvers } from '@caunoi/platform'
import type { Resolvers } from '../__generated__/resolvers-types.ts'
import { AttemptQuestion } from './AttemptQuestion.ts'
import { Locality } from './Locality.ts'
import { Mutation } from './Mutation.ts'
import { Query } from './Query.ts'
import { Quiz } from './Quiz.ts'
import { QuizAttempt } from './QuizAttempt.ts'

export const resolvers: Resolvers = {
  DateTime: scalarResolvers.DateTime,
  Query,
  Mutation,
  Quiz,
  QuizAttempt,
  Locality,
  AttemptQuestion,
}
