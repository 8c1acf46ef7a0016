import { subgraphCodegen } from '../../codegen.base.ts'

// Paths are written verbatim into src/__generated__/resolvers-types.ts, so they are relative to it.
export default subgraphCodegen({
  contextType: '../context.ts#DossiersContext',
  mappers: {
    Dossier: '../domain/publicDossier.ts#PublicDossier',
    Rating: '../domain/publicRating.ts#PublicRating',
    Unit: '../domain/entityRefs.ts#UnitRef',
    Procedure: '../domain/entityRefs.ts#ProcedureRef',
    Locality: '../domain/entityRefs.ts#LocalityRef',
  },
})
