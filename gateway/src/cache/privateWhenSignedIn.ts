import type { ApolloServerPlugin } from '@apollo/server'
import type { GatewayContext } from '../requestId.ts'

/**
 * A signed-in caller's answer may depend on who they are, so it is never marked `public`: shared
 * caches (CDNs, proxies) must not keep it for the next citizen.
 */
export const privateWhenSignedIn: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart({ contextValue }) {
    return {
      async willSendResponse({ overallCachePolicy }) {
        if (contextValue.identity) overallCachePolicy.restrict({ scope: 'PRIVATE' })
      },
    }
  },
}
