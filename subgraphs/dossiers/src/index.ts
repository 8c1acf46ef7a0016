export { createDossiersSubgraph, startDossiersSubgraph, dossiersTypeDefs } from './server.ts'
export type { DossiersContext } from './context.ts'
