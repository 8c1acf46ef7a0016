import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { eventually, procedure } from './support/contentChanges.ts'

const WEBHOOK_SECRET = 'cms-webhook-secret-for-tests'

// Payload is one instance per process, so the Redis path is tested in its own file.

describe('publishing announces the change to the gateways by webhook', () => {
  let cms: TestCms
  let gateway: Server
  const received: { secret: unknown; body: { collection: string; id: number } }[] = []

  beforeAll(async () => {
    gateway = createServer((req, res) => {
      let body = ''
      req.on('data', (chunk: Buffer) => (body += chunk.toString()))
      req.on('end', () => {
        received.push({ secret: req.headers['x-caunoi-webhook-secret'], body: JSON.parse(body) })
        res.writeHead(req.url === '/cache/invalidate' ? 204 : 404).end()
      })
    })
    await new Promise<void>((resolve) => gateway.listen(0, '127.0.0.1', resolve))
    const gatewayUrl = `http://127.0.0.1:${(gateway.address() as AddressInfo).port}`
    cms = await createTestCms({ seed: false, contentChanges: { kind: 'webhook', gatewayUrl, secret: WEBHOOK_SECRET } })
  }, 60_000)

  afterAll(async () => {
    await cms?.destroy()
    await new Promise((resolve) => gateway?.close(resolve))
  })

  it('calls the gateway’s webhook with its secret once a published procedure is committed', async () => {
    const created = await cms.payload.create({ collection: 'procedures', data: procedure('9.000001') })
    await eventually(() => received.length > 0)
    expect(received).toEqual([{ secret: WEBHOOK_SECRET, body: { collection: 'procedures', id: created.id } }])
  })

  it('stays quiet for a draft nobody can see yet, and speaks when it is published', async () => {
    received.length = 0
    const draft = await cms.payload.create({
      collection: 'articles',
      draft: true,
      data: { title: 'Cảnh báo lừa đảo qua Zalo giả danh công an', category: 'SCAM_WARNING', _status: 'draft' },
    })
    await cms.payload.create({ collection: 'procedures', data: procedure('9.000002') })
    await eventually(() => received.length > 0)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(received.map((event) => event.body.collection)).toEqual(['procedures'])

    received.length = 0
    await cms.payload.update({ collection: 'articles', id: draft.id, data: { _status: 'published' } })
    await eventually(() => received.length > 0)
    expect(received.map((event) => event.body)).toEqual([{ collection: 'articles', id: draft.id }])
  })

  it('announces a deletion', async () => {
    received.length = 0
    const doomed = await cms.payload.create({ collection: 'procedures', data: procedure('9.000003') })
    await eventually(() => received.length > 0)
    received.length = 0
    await cms.payload.delete({ collection: 'procedures', id: doomed.id })
    await eventually(() => received.length > 0)
    expect(received.map((event) => event.body)).toEqual([{ collection: 'procedures', id: doomed.id }])
  })
})
