import { describe, expect, it } from '@jest/globals'
import { byKey, deriveKey } from '../src/index.ts'

describe('byKey', () => {
  it('returns rows in the order of the keys, null where a key has no row', () => {
    const rows = [
      { code: '04', name: 'Cao Bằng' },
      { code: '01', name: 'Hà Nội' },
    ]
    expect(byKey(['01', '99', '04'], rows, (row) => row.code)).toEqual([rows[1], null, rows[0]])
  })
})

describe('deriveKey', () => {
  it('gives each service and purpose its own stable key', () => {
    const key = deriveKey('a-secret', 'quizzes', 'participant-phone/v1')
    expect(key).toHaveLength(32)
    expect(deriveKey('a-secret', 'quizzes', 'participant-phone/v1').equals(key)).toBe(true)
    expect(deriveKey('a-secret', 'reports', 'participant-phone/v1').equals(key)).toBe(false)
    expect(deriveKey('other-secret', 'quizzes', 'participant-phone/v1').equals(key)).toBe(false)
  })
})
