import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ConfigError, type RunningServer } from '@caunoi/platform'
import { readOperationManifest } from '../src/persisted/manifest.ts'
import { startGateway } from '../src/index.ts'
import { postGraphQL } from './support/http.ts'
import { quietLogger, startTestStack, type TestStack } from './support/testSubgraphs.ts'

const HOME = 'query MiniAppHome($code: ID!) { locality(code: $code) { name reportStats { received } } }'
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** A manifest as the first-party clients' build writes it (Apollo's persisted query manifest format). */
function writeManifest(dir: string, operations: { name: string; body: string; id?: string }[]): string {
  const path = join(dir, `manifest-${operations.length}-${Math.random().toString(36).slice(2)}.json`)
  writeFileSync(
    path,
    JSON.stringify({
      format: 'apollo-persisted-query-manifest',
      version: 1,
      operations: operations.map(({ name, body, id }) => ({ id: id ?? sha256(body), name, type: 'query', body })),
    }),
  )
  return path
}

const byHash = (hash: string, variables?: Record<string, unknown>) => ({
  variables,
  extensions: { persistedQuery: { version: 1, sha256Hash: hash } },
})

describe('persisted operations', () => {
  let stack: TestStack
  let dir: string
  let open: RunningServer
  let safelisted: RunningServer

  beforeAll(async () => {
    stack = await startTestStack()
    dir = mkdtempSync(join(tmpdir(), 'caunoi-manifest-'))
    const operationManifest = readOperationManifest(writeManifest(dir, [{ name: 'MiniAppHome', body: HOME }]))
    const common = { port: 0, supergraphSdl: stack.supergraphSdl, logger: quietLogger(), operationManifest }
    open = await startGateway(common)
    safelisted = await startGateway({ ...common, safelist: true })
  })

  afterAll(async () => {
    await Promise.all([open?.stop(), safelisted?.stop()])
    await stack?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('registers an unknown query by hash (automatic persisted queries) and then runs it by hash alone', async () => {
    const query = '{ locality(code: "04") { name } }'
    const unknown = await postGraphQL(open.url, byHash(sha256(query)))
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND')

    const registered = await postGraphQL(open.url, { query, ...byHash(sha256(query)) })
    expect(registered.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng' } })
    const again = await postGraphQL(open.url, byHash(sha256(query)))
    expect(again.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng' } })
  })

  it('runs a manifest operation by its hash from the very first request', async () => {
    const reply = await postGraphQL(open.url, byHash(sha256(HOME), { code: '33' }))
    expect(reply.body.data).toEqual({ locality: { name: 'Tỉnh Hưng Yên', reportStats: { received: 42 } } })
  })

  it('in safelist mode runs the registered operations, by hash or by text', async () => {
    const byId = await postGraphQL(safelisted.url, byHash(sha256(HOME), { code: '01' }))
    expect(byId.body.data).toEqual({ locality: { name: 'Thành phố Hà Nội', reportStats: { received: 120 } } })
    const byText = await postGraphQL(safelisted.url, { query: HOME, variables: { code: '04' } })
    expect(byText.body.data).toEqual({ locality: { name: 'Tỉnh Cao Bằng', reportStats: { received: 7 } } })
  })

  it('in safelist mode refuses any other operation, even a valid one, with 403 FORBIDDEN', async () => {
    const query = '{ locality(code: "01") { name } }'
    const reply = await postGraphQL(safelisted.url, { query })
    expect(reply.status).toBe(403)
    expect(reply.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN')
    expect(reply.body.data).toBeUndefined()
    const registeredByApq = await postGraphQL(safelisted.url, { query, ...byHash(sha256(query)) })
    expect(registeredByApq.status).toBe(403)
  })

  it('refuses a manifest whose ids are not the SHA-256 of their operations', () => {
    const path = writeManifest(dir, [{ name: 'Tampered', body: HOME, id: sha256('{ __typename }') }])
    expect(() => readOperationManifest(path)).toThrow(ConfigError)
    expect(() => readOperationManifest(join(dir, 'missing.json'))).toThrow(/cannot read/)
  })
})
