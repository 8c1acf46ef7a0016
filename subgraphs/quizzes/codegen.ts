import { subgraphCodegen } from '../../codegen.base.ts'

// Paths are written verbatim into src/__generated__/resolvers-types.ts, so they are relative to it.
export default subgraphCodegen({
  contextType: '../context.ts#QuizzesContext',
  mappers: {
    Quiz: '../domain/publicQuiz.ts#PublicQuiz',
    QuizAttempt: '../domain/publicAttempt.ts#PublicAttempt',
    AttemptQuestion: '../domain/publicAttempt.ts#AttemptQuestionView',
    Locality: '../domain/localityRef.ts#LocalityRef',
  },
})
