import { subgraphCodegen } from '../../codegen.base.ts'

// Paths are written verbatim into src/__generated__/resolvers-types.ts, so they are relative to it.
export default subgraphCodegen({
  contextType: '../context.ts#ReportsContext',
  mappers: {
    Report: '../domain/publicReport.ts#PublicReport',
    Locality: '../domain/reportStats.ts#LocalityRef',
    Unit: '../domain/reportStats.ts#UnitRef',
    ReportStats: '../domain/reportStats.ts#ReportStatsModel',
  },
})
