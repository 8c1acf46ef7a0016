import type { ApolloServerPlugin, BaseContext } from '@apollo/server'
import { trace } from '@opentelemetry/api'

/** Names the GraphQL operation on the request's server span, so traces can be found by operation. */
export function operationOnSpan<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName, operation }) {
          const span = trace.getActiveSpan()
          if (operationName) span?.setAttribute('graphql.operation.name', operationName)
          if (operation) span?.setAttribute('graphql.operation.type', operation.operation)
        },
      }
    },
  }
}
