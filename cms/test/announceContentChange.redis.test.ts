import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { contentGenerationKey, contentPublishedChannel } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { createTestCms, type TestCms } from '../src/testing/index.ts'
import { eventually, procedure } from './support/contentChanges.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

describe('publishing announces the change to the gateways through Redis', () => {
  let cms: TestCms
  let subscriber: Redis
  const prefix = `caunoi-test-${randomBytes(6).toString('hex')}`
  const messages: string[] = []

  beforeAll(async () => {
    subscriber = new Redis(REDIS_URL)
    subscriber.on('message', (_channel: string, message: string) => messages.push(message))
    await subscriber.subscribe(contentPublishedChannel(prefix))
    cms = await createTestCms({ seed: false, contentChanges: { kind: 'redis', redisUrl: REDIS_URL, prefix } })
  }, 60_000)

  afterAll(async () => {
    await cms?.destroy()
    const cleaner = new Redis(REDIS_URL)
    await cleaner.del(contentGenerationKey(prefix))
    cleaner.disconnect()
    subscriber?.disconnect()
  })

  it('bumps the shared content generation and publishes it', async () => {
    await cms.payload.create({ collection: 'procedures', data: procedure('9.000004') })
    await eventually(() => messages.length > 0)
    expect(messages).toEqual(['1'])
    const reader = new Redis(REDIS_URL)
    expect(await reader.get(contentGenerationKey(prefix))).toBe('1')
    reader.disconnect()
  })
})
