export { createQuizzesSubgraph, startQuizzesSubgraph, quizzesTypeDefs } from './server.ts'
export type { QuizzesContext, VerifiedIdentity } from './context.ts'
