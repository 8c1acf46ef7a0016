import type { ProcedureResolvers } from '../__generated__/resolvers-types.ts'
import { periodKey, periodOf } from '../domain/period.ts'
import { statsKey } from '../loaders.ts'

export const Procedure: ProcedureResolvers = {
  __resolveReference: (ref) => ({ code: ref.code }),
  satisfaction: (procedure, { period }, ctx) =>
    ctx.loaders.procedureSatisfaction.load(statsKey(procedure.code, periodKey(periodOf(period)))),
  processingStats: (procedure, { period }, ctx) =>
    ctx.loaders.processingStats.load(statsKey(procedure.code, periodKey(periodOf(period)))),
}
