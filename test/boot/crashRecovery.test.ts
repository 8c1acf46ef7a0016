import { afterAll, beforeAll, expect, it } from '@jest/globals'
import { bootWithNpmStart, type BootedPlatform } from '../support/npmStart.ts'
import { descendantPid } from '../support/processTree.ts'

let platform: BootedPlatform
let gateway: string

beforeAll(async () => {
  platform = await bootWithNpmStart()
  gateway = `http://127.0.0.1:${platform.ports.gateway}`
}, 600_000)

afterAll(async () => {
  await platform?.stop()
})

type Health = { status: number; body: { status: string; subgraphs: Record<string, string>; services?: any } }

const health = async (): Promise<Health> => {
  const response = await fetch(`${gateway}/health`, { signal: AbortSignal.timeout(5_000) })
  return { status: response.status, body: (await response.json()) as Health['body'] }
}

const localityName = async () => {
  const response = await fetch(`${gateway}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ locality(code: "01") { name } }' }),
    signal: AbortSignal.timeout(10_000),
  })
  return ((await response.json()) as { data?: { locality?: { name?: string } } }).data?.locality?.name
}

/** Polls /health until `seen` holds, asking the gateway for content meanwhile; returns every content answer. */
async function watchUntil(seen: (health: Health) => boolean, timeoutMs: number) {
  const answers: (string | undefined)[] = []
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const now = await health()
    answers.push(await localityName())
    if (seen(now)) return { health: now, answers }
    if (Date.now() > deadline) throw new Error(`/health never showed it: ${JSON.stringify(now.body)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

it('restarts a killed reports subgraph alone: /health says it is restarting, content keeps being served', async () => {
  expect((await health()).status).toBe(200)
  const reports = descendantPid(platform.pid, 'subgraphs/reports/src/main.ts')
  const content = descendantPid(platform.pid, 'subgraphs/content/src/main.ts')

  process.kill(reports, 'SIGKILL')
  const restarting = await watchUntil((now) => now.body.subgraphs.reports === 'restarting', 60_000)
  expect(restarting.health.status).toBe(503)
  expect(restarting.health.body.services.reports).toMatchObject({ state: 'restarting', lastExit: 'SIGKILL' })
  expect(restarting.health.body.services.cms).toMatchObject({ state: 'up' })

  // The supervisor sees it serve on its next readiness poll, just after the gateway's probe may have.
  const recovered = await watchUntil((now) => now.status === 200 && now.body.services.reports.state === 'up', 120_000)
  expect(recovered.health.body).toMatchObject({
    status: 'ok',
    subgraphs: { content: 'up', reports: 'up', quizzes: 'up', dossiers: 'up' },
    services: { reports: { state: 'up', restarts: 1, lastExit: 'SIGKILL' }, outbox: { state: 'up', restarts: 0 } },
  })
  // The content subgraph served throughout, from the same process.
  expect(new Set([...restarting.answers, ...recovered.answers])).toEqual(new Set(['Thành phố Hà Nội']))
  expect(descendantPid(platform.pid, 'subgraphs/content/src/main.ts')).toBe(content)
  expect(descendantPid(platform.pid, 'subgraphs/reports/src/main.ts')).not.toBe(reports)
  expect(platform.output()).toContain('reports exited unexpectedly (SIGKILL); restarting in 1 s')
  expect(platform.output()).not.toContain('Stopping all services')
}, 240_000)

it('keeps Prometheus metrics off the public gateway port, on the loopback metrics listener', async () => {
  const publicPort = await fetch(`${gateway}/metrics`)
  expect(publicPort.status).toBe(404)
  const internal = await fetch(`http://127.0.0.1:${platform.ports.metrics}/metrics`)
  expect(internal.status).toBe(200)
  expect(await internal.text()).toContain('gateway_graphql_requests_total')
})

it('sends the security headers on every admin route: pages, /api/* and /preview/*', async () => {
  const admin = `http://127.0.0.1:${platform.ports.cms}`
  for (const path of ['/admin/login', '/api/users/me', '/preview/articles/1']) {
    const response = await fetch(`${admin}${path}`, { redirect: 'manual' })
    const headers = response.headers
    expect({ path, policy: headers.get('content-security-policy') }).toEqual({
      path,
      policy: expect.stringMatching(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/),
    })
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('content-security-policy')).toContain("object-src 'none'")
    expect(headers.get('x-frame-options')).toBe('DENY')
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(headers.get('x-powered-by')).toBeNull()
    // Plain HTTP here: HSTS would be ignored by browsers, and is only sent over TLS.
    expect(headers.get('strict-transport-security')).toBeNull()
  }
  const behindTls = await fetch(`${admin}/admin/login`, { headers: { 'x-forwarded-proto': 'https' } })
  expect(behindTls.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
  // A fresh nonce for every response.
  const again = await fetch(`${admin}/admin/login`)
  expect(again.headers.get('content-security-policy')).not.toBe(behindTls.headers.get('content-security-policy'))
})
