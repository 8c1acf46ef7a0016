import { procedureFieldLabel, type Locality } from '@caunoi/cms'
import type { ProcedureResolvers } from '../__generated__/resolvers-types.ts'
import { idOf } from '../loaders.ts'

export const Procedure: ProcedureResolvers = {
  __resolveReference: (ref, ctx) => ctx.loaders.procedureByCode.load(ref.code),
  fieldName: (procedure) => procedureFieldLabel(procedure.field),
  requiredDocuments: (procedure) =>
    (procedure.requiredDocuments ?? []).map((doc) => ({ name: doc.name, copies: doc.copies ?? 1 })),
  localities: async (procedure, _, ctx) => {
    const ids = (procedure.localities ?? []).map((ref) => idOf(ref)).filter((id): id is number => id !== null)
    const found = await ctx.loaders.localityById.loadMany(ids)
    return found.filter((l): l is Locality => l !== null && !(l instanceof Error))
  },
}
