import { describe, expect, it } from '@jest/globals'
import { hashPhone, normalizeVietnamesePhone } from '../src/domain/phone.ts'
import { deriveReportKeys } from '../src/domain/reportKeys.ts'
import { matchesVerifier, verifierFor, VERIFIER_LENGTH } from '../src/domain/verifier.ts'

const keys = deriveReportKeys('a-test-secret')
const code = 'GT-7K3M9-QXD1T'

describe('verifiers', () => {
  it('are derived from the tracking code: the same code always gets the same verifier', () => {
    const verifier = verifierFor(keys, code)
    expect(verifier).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${VERIFIER_LENGTH}}$`))
    expect(verifierFor(deriveReportKeys('a-test-secret'), code)).toBe(verifier)
  })

  it('differ between codes and between secrets', () => {
    expect(verifierFor(keys, 'GT-7K3M9-QXD1V')).not.toBe(verifierFor(keys, code))
    expect(verifierFor(deriveReportKeys('another-secret'), code)).not.toBe(verifierFor(keys, code))
  })

  it('are accepted in any case, with separators and with O for 0', () => {
    const verifier = verifierFor(keys, code)
    const report = { trackingCode: code }
    expect(matchesVerifier(keys, report, verifier)).toBe(true)
    expect(matchesVerifier(keys, report, verifier.toLowerCase())).toBe(true)
    expect(matchesVerifier(keys, report, `${verifier.slice(0, 5)}-${verifier.slice(5)}`)).toBe(true)
    expect(matchesVerifier(keys, report, verifier.replace(/0/g, 'O'))).toBe(true)
  })

  it('reject a wrong or empty verifier', () => {
    const verifier = verifierFor(keys, code)
    const wrong = verifier.slice(0, -1) + (verifier.endsWith('0') ? '1' : '0')
    expect(matchesVerifier(keys, { trackingCode: code }, wrong)).toBe(false)
    expect(matchesVerifier(keys, { trackingCode: code }, '')).toBe(false)
    expect(matchesVerifier(keys, { trackingCode: code }, verifierFor(keys, 'GT-7K3M9-QXD1V'))).toBe(false)
  })

  it('accept the reporter’s phone, in any usual notation, when the report has one', () => {
    const report = { trackingCode: code, reporterPhoneHash: hashPhone(keys, '0912345678') }
    expect(matchesVerifier(keys, report, '0912345678')).toBe(true)
    expect(matchesVerifier(keys, report, '0912 345 678')).toBe(true)
    expect(matchesVerifier(keys, report, '+84 912 345 678')).toBe(true)
    expect(matchesVerifier(keys, report, '0912345679')).toBe(false)
    expect(matchesVerifier(keys, { trackingCode: code, reporterPhoneHash: null }, '0912345678')).toBe(false)
  })
})

describe('reporter phones', () => {
  it.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['(024) 3823 1234', '02438231234'],
  ])('reads %j as %j', (input, expected) => {
    expect(normalizeVietnamesePhone(input)).toBe(expected)
  })

  it.each([['113'], ['091234567'], ['09123456789'], ['0112345678'], ['số của tôi'], ['']])('rejects %j', (input) => {
    expect(normalizeVietnamesePhone(input)).toBeNull()
  })

  it('are hashed with a key, never stored in clear', () => {
    const hash = hashPhone(keys, '0912345678')
    expect(hash).toMatch(/^[0-9a-f]{64}$/)
    expect(hash).not.toContain('0912345678')
    expect(hashPhone(deriveReportKeys('another-secret'), '0912345678')).not.toBe(hash)
  })
})
