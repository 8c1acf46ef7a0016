import { describe, expect, it } from '@jest/globals'
import { backoffDelaySeconds, sharedBackoff, type BackoffLimit } from '../src/limits/backoffCounter.ts'

const LIMIT: BackoffLimit = { freeAttempts: 3, firstDelaySeconds: 10, maxDelaySeconds: 60, windowSeconds: 3600 }

describe('backoff instead of a lock', () => {
  it('lets the free attempts through, then doubles the wait with each failure up to its cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((failures) => backoffDelaySeconds(LIMIT, failures))).toEqual([
      0, 0, 0, 10, 20, 40, 60, 60,
    ])
  })

  it('makes only the failing key wait, and forgets it on reset', async () => {
    const backoff = sharedBackoff(`test:${Math.random()}`, LIMIT)
    for (let i = 0; i < 3; i++) expect(await backoff.fail('guesser')).toBe(0)
    expect(await backoff.waitLeft('guesser')).toBe(0)
    expect(await backoff.fail('guesser')).toBe(10)
    expect(await backoff.waitLeft('guesser')).toBeGreaterThan(0)
    expect(await backoff.waitLeft('holder')).toBe(0)
    await backoff.reset('guesser')
    expect(await backoff.waitLeft('guesser')).toBe(0)
    expect(await backoff.fail('guesser')).toBe(0)
  })
})
