import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { CLAIMS_HEADER, type RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { staffToken, TEST_CLAIMS_SECRET } from './support/tokens.ts'

const QUERY = { query: '{ locality(code: "01") { name reportStats { received } } }' }

describe('identity: Payload tokens verified at the gateway, signed claims to subgraphs', () => {
  let cms: TestCms
  let stack: TestStack
  let gateway: RunningServer
  let payloadSecret: string
  let officer: { id: number; unit: number; locality: number }

  beforeAll(async () => {
    // The token derivation is Payload's own, whatever the database: SQLite keeps this suite light.
    cms = await createTestCms({ dialect: 'sqlite', seed: false })
    payloadSecret = cms.payload.config.secret
    const locality = await cms.payload.create({
      collection: 'localities',
      data: { code: '01', name: 'Thành phố Hà Nội', level: 'PROVINCE' },
    })
    const unit = await cms.payload.create({
      collection: 'units',
      data: { name: 'Công an Thành phố Hà Nội', kind: 'PROVINCIAL_POLICE', locality: locality.id },
    })
    const user = await cms.payload.create({
      collection: 'users',
      data: {
        email: 'canbo.hanoi@caunoi.local',
        password: 'Mật-khẩu-thử-2026',
        name: 'Nguyễn Văn An',
        role: 'officer',
        unit: unit.id,
        locality: locality.id,
      },
    })
    officer = { id: user.id as number, unit: unit.id as number, locality: locality.id as number }
    stack = await startTestStack()
    gateway = await startGateway({
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      payloadSecret,
      claimsSecret: TEST_CLAIMS_SECRET,
    })
    // A real Payload boots and migrates a database: slower than jest's default hook timeout on a busy machine.
  }, 60_000)

  afterAll(async () => {
    await gateway?.stop()
    await stack?.stop()
    await cms?.destroy()
  })

  /** The identity the content subgraph admitted for the last call, from the claims it verified. */
  const lastClaims = () => stack.content.callers.at(-1)?.identity
  const PEER = /^(::ffff:)?127\.0\.0\.1$/

  it('forwards the verified claims of a token Payload issued at login to every subgraph', async () => {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: 'canbo.hanoi@caunoi.local', password: 'Mật-khẩu-thử-2026' },
    })
    const reply = await postGraphQL(gateway.url, QUERY, { authorization: `JWT ${token}` })

    expect(reply.status).toBe(200)
    expect(reply.body.errors).toBeUndefined()
    const expected = {
      userId: String(officer.id),
      kind: 'staff',
      role: 'officer',
      unitId: String(officer.unit),
      localityId: String(officer.locality),
    }
    expect(lastClaims()).toEqual(expected)
    expect(stack.reports.callers.at(-1)?.identity).toEqual(expected)
  })

  it('signs each subgraph its own claims: one captured from the call to reports is refused by content', async () => {
    const { token } = await cms.payload.login({
      collection: 'users',
      data: { email: 'canbo.hanoi@caunoi.local', password: 'Mật-khẩu-thử-2026' },
    })
    await postGraphQL(gateway.url, QUERY, { authorization: `JWT ${token}` })
    const captured = stack.reports.claimsHeaders.at(-1)!
    expect(captured).not.toBe(stack.content.claimsHeaders.at(-1))
    const replayed = await postGraphQL(
      stack.content.url,
      { query: '{ locality(code: "01") { name } }' },
      { [CLAIMS_HEADER]: captured },
    )
    expect(replayed.status).toBe(401)
    expect(replayed.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
  })

  it('lets anonymous callers read public data and signs only their address, no identity, for them', async () => {
    const reply = await postGraphQL(gateway.url, QUERY)
    expect(reply.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội', reportStats: { received: 120 } } })
    expect(stack.content.claimsHeaders.at(-1)).toBeDefined()
    expect(stack.content.callers.at(-1)).toEqual({ clientAddress: expect.stringMatching(PEER) })
  })

  it('never passes on a claims header the client sent itself', async () => {
    await postGraphQL(gateway.url, QUERY, { 'x-caunoi-claims': 'eyJ1c2VySWQiOiIxIn0.forged' })
    expect(stack.content.claimsHeaders.at(-1)).not.toBe('eyJ1c2VySWQiOiIxIn0.forged')
    expect(stack.content.callers.at(-1)?.identity).toBeUndefined()
  })

  it('refuses an expired token with 401 UNAUTHENTICATED instead of treating the caller as anonymous', async () => {
    const expired = await staffToken({ id: officer.id, role: 'officer' }, { secret: payloadSecret, expiresIn: -60 })
    const reply = await postGraphQL(gateway.url, QUERY, { authorization: `Bearer ${expired}` })
    expect(reply.status).toBe(401)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect(reply.headers.get('www-authenticate')).toBe('Bearer')
  })

  it('refuses a token signed with another secret, a malformed one, and one with alg "none"', async () => {
    const forged = await staffToken({ id: 1, role: 'super-admin' }, { secret: 'not-the-cms-secret-0123456789abcdef' })
    const header = Buffer.from('{"alg":"none","typ":"JWT"}').toString('base64url')
    const body = Buffer.from(JSON.stringify({ id: 1, collection: 'users', role: 'super-admin' })).toString('base64url')
    for (const authorization of [`Bearer ${forged}`, 'Bearer not-a-jwt', `Bearer ${header}.${body}.`, 'Basic YTpi']) {
      const reply = await postGraphQL(gateway.url, QUERY, { authorization })
      expect(reply.status).toBe(401)
      expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    }
  })
})
