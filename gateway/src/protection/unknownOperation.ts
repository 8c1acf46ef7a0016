import type { ApolloServerPlugin } from '@apollo/server'
import { GraphQLError } from 'graphql'

/**
 * An operationName the document does not have (or none for a document of several) is the client's
 * mistake. Apollo Server answers it for a plain schema, but hands it to the gateway, which throws
 * and so makes it a 500: refuse it first, as Apollo Server does, with a 400.
 */
export const unknownOperation: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        if (operation) return
        const message = request.operationName
          ? `Tài liệu truy vấn không có thao tác tên "${request.operationName}".`
          : 'Tài liệu có nhiều thao tác: hãy gửi kèm operationName.'
        throw new GraphQLError(message, {
          extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } },
        })
      },
    }
  },
}
