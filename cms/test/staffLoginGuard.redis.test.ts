import { randomBytes } from 'node:crypto'
import { afterAll, expect, it } from '@jest/globals'
import { Redis } from 'ioredis'
import { createStaffLoginGuard, DEFAULT_STAFF_LOGIN_LIMITS } from '../src/security/staffLoginGuard.ts'

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'
// Every run owns its keys, so parallel runs and other data on the shared Redis never mix.
const keyPrefix = `caunoi-test-${randomBytes(6).toString('hex')}:cms`
const connections: Redis[] = []

/** One CMS instance's guard, with its own connection to the shared Redis. */
function instanceGuard() {
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 2 })
  connections.push(redis)
  return createStaffLoginGuard(DEFAULT_STAFF_LOGIN_LIMITS, { redis, keyPrefix })
}

afterAll(async () => {
  const cleaner = new Redis(REDIS_URL)
  const keys = await cleaner.keys(`${keyPrefix}*`)
  if (keys.length > 0) await cleaner.del(...keys)
  await cleaner.quit()
  for (const redis of connections) await redis.quit().catch(() => undefined)
})

it('counts failed logins across CMS instances when Redis is configured', async () => {
  const [first, second] = [instanceGuard(), instanceGuard()]
  const attempt = { client: '203.0.113.9', account: 'canbo@caunoi.test' }
  // Six failures alternating between the instances: five are free, the sixth starts a wait.
  for (let i = 0; i < 6; i++) await (i % 2 === 0 ? first : second).recordFailure(attempt)
  expect(await first.waitBeforeLogin(attempt)).toBeGreaterThan(0)
  expect(await second.waitBeforeLogin({ ...attempt, client: '203.0.113.10' })).toBe(0)
})
