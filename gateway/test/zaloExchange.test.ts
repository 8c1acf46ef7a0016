import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { verifyClaims, type RunningServer } from '@caunoi/platform'
import { SignJWT } from 'jose'
import { startGateway } from '../src/index.ts'
import { PLATFORM_TOKEN_ISSUER, platformTokenKey } from '../src/identity/platformToken.ts'
import { startFakeZalo, ZALO_APP_SECRET, type FakeZalo } from './support/fakeZalo.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { TEST_CLAIMS_SECRET } from './support/tokens.ts'

const PLATFORM_TOKEN_SECRET = 'gateway-test-platform-token-secret-0123456789'
const EXCHANGE =
  'mutation ($t: String!) { exchangeZaloToken(accessToken: $t) { token expiresInSeconds citizen { zaloId name } } }'
const QUERY = { query: '{ locality(code: "01") { name } }' }

describe('Zalo Mini App token exchange', () => {
  let zalo: FakeZalo
  let stack: TestStack
  let gateway: RunningServer

  beforeAll(async () => {
    zalo = await startFakeZalo({ 'zalo-access-token-of-lan': { id: '8123456789012345678', name: 'Trần Thị Lan' } })
    stack = await startTestStack()
    gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      claimsSecret: TEST_CLAIMS_SECRET,
      platformTokenSecret: PLATFORM_TOKEN_SECRET,
      zalo: { graphUrl: zalo.url, appSecret: ZALO_APP_SECRET },
    })
  })

  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
    await zalo?.stop()
  })

  it('exchanges a token Zalo vouches for, and the platform token then identifies the citizen to subgraphs', async () => {
    const exchanged = await postGraphQL(gateway.url, { query: EXCHANGE, variables: { t: 'zalo-access-token-of-lan' } })
    expect(exchanged.body.errors).toBeUndefined()
    const session = exchanged.body.data?.exchangeZaloToken as {
      token: string
      expiresInSeconds: number
      citizen: unknown
    }
    expect(session.expiresInSeconds).toBe(900)
    expect(session.citizen).toEqual({ zaloId: '8123456789012345678', name: 'Trần Thị Lan' })

    const reply = await postGraphQL(gateway.url, QUERY, { authorization: `Bearer ${session.token}` })
    expect(reply.status).toBe(200)
    expect(verifyClaims(stack.content.claimsHeaders.at(-1)!, TEST_CLAIMS_SECRET, 'content').identity).toEqual({
      userId: 'zalo:8123456789012345678',
      kind: 'citizen',
    })
  })

  it('answers UNAUTHENTICATED for a token Zalo does not recognise', async () => {
    const reply = await postGraphQL(gateway.url, { query: EXCHANGE, variables: { t: 'expired-zalo-token' } })
    expect(reply.body.data).toBeNull()
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(reply.body.errors?.[0]?.message).toContain('Zalo không xác nhận')
  })

  it('does not blame the citizen, or leak details, when Zalo is down', async () => {
    zalo.down = true
    try {
      const reply = await postGraphQL(gateway.url, { query: EXCHANGE, variables: { t: 'zalo-access-token-of-lan' } })
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR')
      expect(reply.text).not.toMatch(/503|127\.0\.0\.1|stack/)
    } finally {
      zalo.down = false
    }
  })

  it('refuses an expired or forged platform token with 401', async () => {
    const sign = (secret: string, expiresIn: string | number) =>
      new SignJWT({ kind: 'citizen' })
        .setProtectedHeader({ alg: 'HS256' })
        .setIssuer(PLATFORM_TOKEN_ISSUER)
        .setSubject('zalo:1')
        .setExpirationTime(expiresIn)
        .sign(platformTokenKey(secret))
    for (const token of [
      await sign(PLATFORM_TOKEN_SECRET, -10),
      await sign('forged-secret-0123456789abcdef0123456789', '5m'),
    ]) {
      const reply = await postGraphQL(gateway.url, QUERY, { authorization: `Bearer ${token}` })
      expect(reply.status).toBe(401)
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    }
  })
})
