import { describe, expect, it } from '@jest/globals'
import { normalizeIdNumber, normalizeVietnamesePhone } from '../src/text/vietnameseIdentity.ts'

describe('Vietnamese identity numbers as people type them', () => {
  it('reads phone numbers in national form, with or without +84 and separators', () => {
    for (const typed of ['0912345678', '0912 345 678', '0912.345.678', '+84 912 345 678', '84912345678']) {
      expect(normalizeVietnamesePhone(typed)).toBe('0912345678')
    }
    expect(normalizeVietnamesePhone('0243 942 4227')).toBe('02439424227')
    expect(normalizeVietnamesePhone('12345')).toBeNull()
    expect(normalizeVietnamesePhone('0112345678')).toBeNull()
  })

  it('reads 12-digit căn cước and 9-digit CMND numbers', () => {
    expect(normalizeIdNumber('001 190 012 345')).toBe('001190012345')
    expect(normalizeIdNumber('012345678')).toBe('012345678')
    expect(normalizeIdNumber('0011900123')).toBeNull()
    expect(normalizeIdNumber('00119001234A')).toBeNull()
  })
})
