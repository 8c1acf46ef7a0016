export { createReportsSubgraph, startReportsSubgraph, reportsTypeDefs } from './server.ts'
export type { ReportsContext } from './context.ts'
