import { readFileSync } from 'node:fs'
import { LocalGraphQLDataSource } from '@apollo/gateway'
import { buildSubgraphSchema } from '@apollo/subgraph'
import { ErrorCode } from '@caunoi/platform'
import { GraphQLError, parse } from 'graphql'
import { issuePlatformToken, PLATFORM_TOKEN_TTL_SECONDS, platformTokenKey } from './platformToken.ts'
import { fetchZaloUser, ZaloTokenRejectedError, type ZaloSettings } from './zaloUser.ts'

/** The subgraph the gateway serves in its own process: it holds the token secret, which subgraphs must not. */
export const IDENTITY_SUBGRAPH = 'identity'

export const identityTypeDefs = readFileSync(new URL('./identity.graphql', import.meta.url), 'utf8')

export type IdentitySettings = { zalo: ZaloSettings; platformTokenSecret?: string }

/** A Zalo token is an opaque string of a few hundred characters at most. */
const MAX_ACCESS_TOKEN_LENGTH = 2_048

function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: ErrorCode.Unauthenticated } })
}

export function identityDataSource(settings: IdentitySettings): LocalGraphQLDataSource {
  const key = settings.platformTokenSecret ? platformTokenKey(settings.platformTokenSecret) : undefined
  const resolvers = {
    Mutation: {
      async exchangeZaloToken(_: unknown, { accessToken }: { accessToken: string }) {
        if (accessToken.length === 0 || accessToken.length > MAX_ACCESS_TOKEN_LENGTH) {
          throw unauthenticated('Mã truy cập Zalo không hợp lệ.')
        }
        // Without a secret the gateway could issue tokens it cannot verify; that is a configuration error.
        if (!key) throw new Error('PLATFORM_TOKEN_SECRET is not set: Zalo sign-in is unavailable')
        let user
        try {
          user = await fetchZaloUser(accessToken, settings.zalo)
        } catch (error) {
          if (error instanceof ZaloTokenRejectedError) {
            throw unauthenticated('Zalo không xác nhận mã truy cập này; vui lòng mở lại mini app.')
          }
          throw error
        }
        return {
          token: await issuePlatformToken(user.id, key),
          expiresInSeconds: PLATFORM_TOKEN_TTL_SECONDS,
          citizen: { zaloId: user.id, name: user.name ?? null },
        }
      },
    },
  }
  return new LocalGraphQLDataSource(buildSubgraphSchema({ typeDefs: parse(identityTypeDefs), resolvers }))
}
