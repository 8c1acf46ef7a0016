import { describe, expect, it } from '@jest/globals'
import { encodeCrockford, normalizeCrockford } from '../src/domain/crockford.ts'
import { generateTrackingCode, normalizeTrackingCode, TRACKING_CODE_PREFIXES } from '../src/domain/trackingCode.ts'

const CROCKFORD = '[0-9A-HJKMNP-TV-Z]'
const FORMAT = new RegExp(`^(PA|TB|GT|TT)-${CROCKFORD}{5}-${CROCKFORD}{5}$`)

describe('tracking codes', () => {
  it('start with the report type and carry ten random Crockford symbols', () => {
    expect(generateTrackingCode('ADMIN_FEEDBACK')).toMatch(/^PA-/)
    expect(generateTrackingCode('CRIME_TIP')).toMatch(/^TB-/)
    expect(generateTrackingCode('TRAFFIC_VIOLATION')).toMatch(/^GT-/)
    expect(generateTrackingCode('PUBLIC_ORDER')).toMatch(/^TT-/)
    for (const type of Object.keys(TRACKING_CODE_PREFIXES) as (keyof typeof TRACKING_CODE_PREFIXES)[]) {
      expect(generateTrackingCode(type)).toMatch(FORMAT)
    }
  })

  it('do not repeat and use the whole alphabet', () => {
    const codes = Array.from({ length: 2_000 }, () => generateTrackingCode('CRIME_TIP'))
    expect(new Set(codes).size).toBe(codes.length)
    const symbols = new Set(codes.flatMap((code) => [...code.slice(3).replace('-', '')]))
    expect(symbols.size).toBe(32)
  })

  it('are found however a citizen types them', () => {
    const code = 'GT-7K3M9-QXD1T'
    expect(normalizeTrackingCode(code)).toBe(code)
    expect(normalizeTrackingCode('gt-7k3m9-qxd1t')).toBe(code)
    expect(normalizeTrackingCode('  GT 7K3M9 QXD1T ')).toBe(code)
    expect(normalizeTrackingCode('GT7K3M9QXD1T')).toBe(code)
    expect(normalizeTrackingCode('gt7k3m9qxdit')).toBe(code) // I read as 1
    expect(normalizeTrackingCode('GT-7K3M9-QXDLT')).toBe(code) // L read as 1
    expect(normalizeTrackingCode('TB-O0OO0-12345')).toBe('TB-00000-12345') // O read as 0
  })

  it('reject what cannot be a tracking code', () => {
    expect(normalizeTrackingCode('')).toBeNull()
    expect(normalizeTrackingCode('XX-7K3M9-QXD1T')).toBeNull() // unknown type
    expect(normalizeTrackingCode('GT-7K3M9-QXD1')).toBeNull() // too short
    expect(normalizeTrackingCode('GT-7K3M9-QXD1TT')).toBeNull() // too long
    expect(normalizeTrackingCode('GT-7K3M9-QXDUT')).toBeNull() // U is not a Crockford symbol
    expect(normalizeTrackingCode("GT-7K3M9-QXD1'")).toBeNull()
  })
})

describe('Crockford base32', () => {
  it('encodes bytes five bits at a time', () => {
    expect(encodeCrockford(Buffer.from([0, 0, 0, 0, 0]), 8)).toBe('00000000')
    expect(encodeCrockford(Buffer.from([0xff, 0xff, 0xff, 0xff, 0xff]), 8)).toBe('ZZZZZZZZ')
    // 0x08 = 00001 000 → "1"; "fo" = 01100 11001 10111 1 → 12 25 23 → "CSQ" (RFC 4648's "MZX")
    expect(encodeCrockford(Buffer.from([0x08]), 1)).toBe('1')
    expect(encodeCrockford(Buffer.from('fo'), 3)).toBe('CSQ')
  })

  it('refuses to read more symbols than the bytes hold', () => {
    expect(() => encodeCrockford(Buffer.from([1]), 2)).toThrow(RangeError)
  })

  it('normalises confusable characters and rejects the rest', () => {
    expect(normalizeCrockford('o-i-l')).toBe('011')
    expect(normalizeCrockford('ab cd')).toBe('ABCD')
    expect(normalizeCrockford('u')).toBeNull()
    expect(normalizeCrockford('đ')).toBeNull()
  })
})
