import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, serveCmsRestApi, type TestCms } from '@caunoi/cms/testing'
import type { RunningServer } from '@caunoi/platform'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'
import { TEST_CLAIMS_SECRET } from './support/tokens.ts'

const QUERY = { query: '{ locality(code: "01") { name } }' }
const EMAIL = 'canbo.logout@caunoi.local'
const PASSWORD = 'Mật-khẩu-thử-2026'
const CHECK_SECONDS = 1

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

describe('staff sessions: logging out in the CMS ends gateway access', () => {
  let cms: TestCms
  let cmsApi: Awaited<ReturnType<typeof serveCmsRestApi>>
  let stack: TestStack
  let gateway: RunningServer
  let gatewayWithoutCms: RunningServer
  let cmsDown: RunningServer

  /** Signs in through the CMS's REST API, as the admin does: the token names a new session (sid). */
  async function login(): Promise<string> {
    const response = await fetch(`${cmsApi.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
    })
    expect(response.status).toBe(200)
    return ((await response.json()) as { token: string }).token
  }

  async function logout(token: string): Promise<void> {
    const response = await fetch(`${cmsApi.url}/api/users/logout`, {
      method: 'POST',
      headers: { authorization: `JWT ${token}` },
    })
    expect(response.status).toBe(200)
  }

  const asStaff = (url: string, token: string) => postGraphQL(url, QUERY, { authorization: `JWT ${token}` })

  beforeAll(async () => {
    cms = await createTestCms({ seed: false })
    await cms.payload.create({
      collection: 'users',
      data: { email: EMAIL, password: PASSWORD, name: 'Trần Thị Bình', role: 'officer' },
    })
    cmsApi = await serveCmsRestApi(cms.payload)
    stack = await startTestStack()
    const common = {
      port: 0,
      supergraphSdl: stack.supergraphSdl,
      logger: quietLogger(),
      payloadSecret: cms.payload.config.secret,
      claimsSecret: TEST_CLAIMS_SECRET,
    }
    gateway = await startGateway({ ...common, cmsUrl: cmsApi.url, sessionCheckSeconds: CHECK_SECONDS })
    gatewayWithoutCms = await startGateway(common)
    cmsDown = await startGateway({ ...common, cmsUrl: 'http://127.0.0.1:9', sessionCheckSeconds: CHECK_SECONDS })
  }, 60_000)

  afterAll(async () => {
    await Promise.all([gateway?.stop(), gatewayWithoutCms?.stop(), cmsDown?.stop()])
    await stack?.stop()
    await cmsApi?.stop()
    await cms?.destroy()
  })

  it('accepts the token of an open session', async () => {
    const token = await login()
    const reply = await asStaff(gateway.url, token)
    expect(reply.status).toBe(200)
    expect(reply.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội' } })
  })

  it('refuses the token within seconds of a logout, while another session of the user goes on', async () => {
    const token = await login()
    const otherDevice = await login()
    expect((await asStaff(gateway.url, token)).status).toBe(200)

    await logout(token)
    await sleep(CHECK_SECONDS * 1000 + 200)

    const reply = await asStaff(gateway.url, token)
    expect(reply.status).toBe(401)
    expect(reply.body.errors?.[0]).toMatchObject({
      message: 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn.',
      extensions: { code: 'UNAUTHENTICATED' },
    })
    expect((await asStaff(gateway.url, otherDevice)).status).toBe(200)
    // Without CMS_INTERNAL_URL the signature alone decides, as before: valid until the JWT expires.
    expect((await asStaff(gatewayWithoutCms.url, token)).status).toBe(200)
  })

  it('refuses staff tokens while the CMS cannot be asked, and still serves anonymous callers', async () => {
    const token = await login()
    const reply = await asStaff(cmsDown.url, token)
    expect(reply.status).toBe(401)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED')
    expect((await postGraphQL(cmsDown.url, QUERY)).body.data).toEqual({ locality: { name: 'Thành phố Hà Nội' } })
  })
})
