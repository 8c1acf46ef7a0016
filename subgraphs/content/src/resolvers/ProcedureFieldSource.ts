import type { ProcedureFieldSourceResolvers } from '../__generated__/resolvers-types.ts'

export const ProcedureFieldSource: ProcedureFieldSourceResolvers = {
  locality: (source, _, ctx) => (source.localityCode ? ctx.loaders.localityByCode.load(source.localityCode) : null),
}
