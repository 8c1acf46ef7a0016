import { describe, expect, it } from '@jest/globals'
import { CLAIMS_TTL_SECONDS, InvalidClaimsError, signClaims, verifyClaims, type VerifiedClaims } from '../src/index.ts'

const SECRET = 'claims-secret-for-tests-0123456789abcdef'
const officer: VerifiedClaims = { userId: '7', kind: 'staff', role: 'officer', unitId: '3', localityId: '12' }

describe('signed claims', () => {
  it('verifies the claims the gateway signed', () => {
    expect(verifyClaims(signClaims(officer, SECRET), SECRET)).toEqual(officer)
  })

  it('refuses claims whose content was changed after signing', () => {
    const [, signature] = signClaims(officer, SECRET).split('.')
    const promoted = Buffer.from(JSON.stringify({ ...officer, role: 'super-admin', exp: 9_999_999_999 })).toString(
      'base64url',
    )
    expect(() => verifyClaims(`${promoted}.${signature}`, SECRET)).toThrow(InvalidClaimsError)
  })

  it('refuses claims signed with another secret, unsigned or malformed', () => {
    expect(() => verifyClaims(signClaims(officer, 'another-secret-0123456789abcdef012'), SECRET)).toThrow(/signature/)
    const unsigned = Buffer.from(JSON.stringify({ ...officer, exp: 9_999_999_999 })).toString('base64url')
    expect(() => verifyClaims(unsigned, SECRET)).toThrow(InvalidClaimsError)
    expect(() => verifyClaims(`${unsigned}.`, SECRET)).toThrow(InvalidClaimsError)
    expect(() => verifyClaims('a.b.c', SECRET)).toThrow(InvalidClaimsError)
  })

  it('refuses claims once they expire', () => {
    const signedAt = Date.parse('2026-11-25T08:00:00Z')
    const header = signClaims(officer, SECRET, signedAt)
    expect(verifyClaims(header, SECRET, signedAt + (CLAIMS_TTL_SECONDS - 1) * 1000)).toEqual(officer)
    expect(() => verifyClaims(header, SECRET, signedAt + (CLAIMS_TTL_SECONDS + 1) * 1000)).toThrow(/expired/)
  })
})
