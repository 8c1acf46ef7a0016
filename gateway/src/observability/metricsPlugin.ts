import type { ApolloServerPlugin } from '@apollo/server'
import type { GatewayMetrics } from './gatewayMetrics.ts'

/** Times every operation from request start to response, labelled with the operation's name. */
export function metricsPlugin(metrics: GatewayMetrics): ApolloServerPlugin {
  return {
    async requestDidStart() {
      const started = process.hrtime.bigint()
      return {
        async willSendResponse({ operationName, response }) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9
          const failed = response.body.kind === 'single' && (response.body.singleResult.errors?.length ?? 0) > 0
          metrics.observeOperation(operationName, seconds, failed)
        },
      }
    },
  }
}
