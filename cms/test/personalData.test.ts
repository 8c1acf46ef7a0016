import { describe, expect, it } from '@jest/globals'
import { readCmsEnv } from '../src/config/cmsEnv.ts'
import {
  decryptPersonalData,
  derivePersonalDataKeys,
  encryptPersonalData,
  isEncrypted,
  lookupHash,
} from '../src/security/personalData.ts'

const keys = derivePersonalDataKeys('a-test-key-that-is-long-enough-0123456789')
const otherKeys = derivePersonalDataKeys('another-test-key-that-is-long-enough-9876')

describe('personal data at rest', () => {
  it('encrypts with a fresh IV each time and decrypts back, Vietnamese included', () => {
    const first = encryptPersonalData(keys, 'Nguyễn Thị Hương')
    const second = encryptPersonalData(keys, 'Nguyễn Thị Hương')
    expect(first).toMatch(/^pd1:/)
    expect(first).not.toBe(second)
    expect(first).not.toContain('Hương')
    expect(decryptPersonalData(keys, first)).toBe('Nguyễn Thị Hương')
    expect(decryptPersonalData(keys, second)).toBe('Nguyễn Thị Hương')
  })

  it('never encrypts twice, and leaves plain text alone when decrypting', () => {
    const once = encryptPersonalData(keys, '0912345678')
    expect(encryptPersonalData(keys, once)).toBe(once)
    expect(isEncrypted('0912345678')).toBe(false)
    expect(decryptPersonalData(keys, '0912345678')).toBe('0912345678')
  })

  it('refuses a tampered value or one encrypted under another key', () => {
    const stored = encryptPersonalData(keys, '001090012345')
    // One bit of the last ciphertext byte flipped. (Rewriting the last base64 characters is not
    // always a change: the final character's low bits carry no data.)
    const prefix = stored.slice(0, stored.indexOf(':') + 1)
    const bytes = Buffer.from(stored.slice(prefix.length), 'base64url')
    bytes[bytes.length - 1]! ^= 1
    const tampered = prefix + bytes.toString('base64url')
    expect(tampered).not.toBe(stored)
    expect(() => decryptPersonalData(keys, tampered)).toThrow()
    expect(() => decryptPersonalData(otherKeys, stored)).toThrow()
  })

  it('keys lookup hashes by purpose and by key', () => {
    const phone = lookupHash(keys, 'phone', '0912345678')
    expect(phone).toMatch(/^[0-9a-f]{64}$/)
    expect(lookupHash(keys, 'phone', '0912345678')).toBe(phone)
    expect(lookupHash(keys, 'id-number', '0912345678')).not.toBe(phone)
    expect(lookupHash(otherKeys, 'phone', '0912345678')).not.toBe(phone)
  })

  it('requires its own DOSSIER_ENCRYPTION_KEY in production', () => {
    const production = { NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(40) } as NodeJS.ProcessEnv
    expect(() => readCmsEnv(production)).toThrow(/DOSSIER_ENCRYPTION_KEY: missing/)
    expect(readCmsEnv({ ...production, DOSSIER_ENCRYPTION_KEY: 'k'.repeat(40) }).personalDataSecret).toBe(
      'k'.repeat(40),
    )
    expect(readCmsEnv({ NODE_ENV: 'development' } as NodeJS.ProcessEnv).personalDataSecret).toBeUndefined()
  })
})
