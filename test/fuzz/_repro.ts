import { startProcessStack } from '../support/processStack.ts'
import { bytes, type FuzzRequest } from './fuzzRequest.ts'
import { sendRaw } from './sendRaw.ts'

const stack = await startProcessStack({ rateLimitPerIp: 1_000_000 })
const login = await fetch(`${stack.cmsUrl()}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(stack.admin) })
const token = ((await login.json()) as { token: string }).token
const port = (url: string) => Number(new URL(url).port)
const r = (target: FuzzRequest['target'], method: string, path: string, headers: [string, string][], body: string | Uint8Array): FuzzRequest => ({
  door: 'graphql', kind: 'repro', target, method, path, headers, body: typeof body === 'string' ? bytes(body) : body,
})
const part = '--x\r\nContent-Disposition: form-data; name="files"; filename="a.png"\r\nContent-Type: image/png\r\n\r\nabc'
const cases: [string, FuzzRequest][] = [
  ['operationName not in document', r('gateway', 'POST', '/graphql', [['content-type', 'application/json']], JSON.stringify({ query: '{ __typename }', operationName: 'Khac' }))],
  ['cms login multipart type', r('cms', 'POST', '/api/users/login', [['content-type', 'multipart/form-data; boundary=x']], '{"email":"a@b.vn","password":"x"}')],
  ['cms GET /api/units/abc', r('cms', 'GET', '/api/units/abc', [], '')],
  ['cms GET /api/localities/me', r('cms', 'GET', '/api/localities/me', [], '')],
  ['cms GET /api/hotlines/access', r('cms', 'GET', '/api/hotlines/access', [], '')],
  ['cms GET /api/units/%00', r('cms', 'GET', '/api/units/%00', [], '')],
  ['cms file missing (admin)', r('cms', 'GET', '/api/reportAttachments/file/a.png', [['authorization', `JWT ${token}`]], '')],
  ['cms file empty name', r('cms', 'GET', '/api/media/file/', [], '')],
  ['cms PATCH multipart null', r('cms', 'PATCH', '/api/localities/abc', [['content-type', 'multipart/form-data; boundary=x']], 'null')],
  ['cms POST verify', r('cms', 'POST', '/api/users/verify/abc', [['content-type', 'application/json']], '""')],
  ['upload no boundary 200 KB via gateway', r('gateway', 'POST', '/attachments', [['content-type', 'multipart/form-data']], 'a'.repeat(200_000))],
  ['upload 11 MB via gateway', r('gateway', 'POST', '/attachments', [['content-type', 'multipart/form-data; boundary=x']], `${part}${'a'.repeat(11_000_000)}\r\n--x--\r\n`)],
  ['upload without closing boundary, direct', r('reports', 'POST', '/attachments', [['content-type', 'multipart/form-data; boundary=x']], part)],
]
const targets = { gateway: port(stack.gatewayUrl), reports: port(stack.subgraphBase('reports')), dossiers: port(stack.subgraphBase('dossiers')), cms: port(stack.cmsUrl()) }
for (const [name, request] of cases) {
  const answer = await sendRaw(request, targets[request.target])
  await new Promise((resolve) => setTimeout(resolve, 1500))
  console.log(`${name}: ${answer.status || answer.failure} ${answer.body.slice(0, 200)} exited=${JSON.stringify(stack.exited())}`)
  for (const p of stack.exited()) { console.log(stack.processes[p.name].output().split('\n').filter((l) => !l.startsWith('{')).slice(-20).join('\n')); await stack.restart(p.name) }
}
const cmsOut = stack.processes.cms.output().split('\n').filter((l) => /"level":50/.test(l)).slice(0, 12)
for (const l of cmsOut) { const rec = JSON.parse(l); console.log('cms error log:', rec.msg, rec.err?.message ?? '', (rec.err?.stack ?? '').split('\n').slice(0, 3).join(' | ')) }
await stack.stop()
