import type { ApolloServerPlugin } from '@apollo/server'
import { ErrorCode } from '@caunoi/platform'
import { GraphQLError } from 'graphql'
import type { OperationManifest } from './manifest.ts'

/**
 * Safelist mode: only operations registered by the first-party clients run; anything else, even a
 * valid query, is refused before planning. Sent as a hash or as full text, the check is the same.
 */
export function safelistPlugin(manifest: OperationManifest): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ queryHash }) {
          if (!manifest.has(queryHash)) {
            throw new GraphQLError('Thao tác này không nằm trong danh sách được phép.', {
              extensions: { code: ErrorCode.Forbidden, http: { status: 403 } },
            })
          }
        },
      }
    },
  }
}
