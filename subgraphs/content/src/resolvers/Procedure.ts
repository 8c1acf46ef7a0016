import { ONLINE_LEVELS, procedureFieldLabel, type Locality } from '@caunoi/cms'
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
  steps: (procedure) => (procedure.steps ?? []).map((s) => ({ title: s.title, description: s.description ?? null })),
  legalBasis: (procedure) => (procedure.legalBasis ?? []).map((l) => l.document),
  onlineLevelName: (procedure) => ONLINE_LEVELS.find((l) => l.value === procedure.onlineLevel)?.label ?? null,
  contactOfficers: (procedure) => procedure.contactOfficers ?? [],
  note: (procedure) => procedure.note ?? null,
  appliedLocality: (procedure, _, ctx) =>
    procedure.appliedLocalityCode ? ctx.loaders.localityByCode.load(procedure.appliedLocalityCode) : null,
  fieldSources: (procedure) => procedure.fieldSources ?? [],
}
