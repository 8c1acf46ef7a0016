export { createContentSubgraph, startContentSubgraph, contentTypeDefs } from './server.ts'
export type { ContentContext } from './context.ts'
