import { createHmac } from 'node:crypto'
import { describe, expect, it } from '@jest/globals'
import {
  CLAIMS_TTL_SECONDS,
  InvalidClaimsError,
  signClaims,
  verifyClaims,
  type ClaimsEnvelope,
  type VerifiedClaims,
} from '../src/index.ts'

const SECRET = 'claims-secret-for-tests-0123456789abcdef'
const officer: VerifiedClaims = { userId: '7', kind: 'staff', role: 'officer', unitId: '3', localityId: '12' }
const toReports: ClaimsEnvelope = { audience: 'reports', clientAddress: '203.0.113.7', identity: officer }

const encode = (payload: object) => Buffer.from(JSON.stringify(payload)).toString('base64url')
/** Signed with the right secret, as only its holder could: the payload's shape is still checked. */
const signedByHand = (payload: object) =>
  `${encode(payload)}.${createHmac('sha256', SECRET).update(encode(payload)).digest('base64url')}`

describe('signed claims', () => {
  it('verifies the audience, client address and identity the gateway signed', () => {
    expect(verifyClaims(signClaims(toReports, SECRET), SECRET, 'reports')).toEqual(toReports)
  })

  it('gives an anonymous caller an address and no identity', () => {
    const anonymous = verifyClaims(
      signClaims({ audience: 'reports', clientAddress: '198.51.100.4' }, SECRET),
      SECRET,
      'reports',
    )
    expect(anonymous).toEqual({ audience: 'reports', clientAddress: '198.51.100.4' })
    expect(anonymous.identity).toBeUndefined()
  })

  it('refuses claims made for another subgraph', () => {
    const header = signClaims(toReports, SECRET)
    expect(() => verifyClaims(header, SECRET, 'dossiers')).toThrow(InvalidClaimsError)
    expect(() => verifyClaims(header, SECRET, 'dossiers')).toThrow(/another subgraph/)
  })

  it('refuses claims whose content was changed after signing', () => {
    const [, signature] = signClaims(toReports, SECRET).split('.')
    const promoted = encode({
      aud: 'reports',
      exp: 9_999_999_999,
      client: '203.0.113.7',
      identity: { ...officer, role: 'super-admin' },
    })
    expect(() => verifyClaims(`${promoted}.${signature}`, SECRET, 'reports')).toThrow(InvalidClaimsError)
    const otherClient = encode({ aud: 'reports', exp: 9_999_999_999, client: '192.0.2.1', identity: officer })
    expect(() => verifyClaims(`${otherClient}.${signature}`, SECRET, 'reports')).toThrow(/signature/)
  })

  it('refuses claims signed with another secret, unsigned or malformed', () => {
    expect(() => verifyClaims(signClaims(toReports, 'another-secret-0123456789abcdef012'), SECRET, 'reports')).toThrow(
      /signature/,
    )
    const unsigned = encode({ aud: 'reports', exp: 9_999_999_999, client: '203.0.113.7', identity: officer })
    expect(() => verifyClaims(unsigned, SECRET, 'reports')).toThrow(InvalidClaimsError)
    expect(() => verifyClaims(`${unsigned}.`, SECRET, 'reports')).toThrow(InvalidClaimsError)
    expect(() => verifyClaims('a.b.c', SECRET, 'reports')).toThrow(InvalidClaimsError)
    // An "alg: none" style header: a JWT-like header segment and an empty signature.
    const none = `${encode({ alg: 'none' })}.${unsigned}.`
    expect(() => verifyClaims(none, SECRET, 'reports')).toThrow(InvalidClaimsError)
  })

  it('refuses a validly signed payload without an audience, a client address or a well-formed identity', () => {
    const refused = (payload: object) => expect(() => verifyClaims(signedByHand(payload), SECRET, 'reports'))
    refused({ exp: 9_999_999_999, client: '203.0.113.7' }).toThrow(/another subgraph/)
    refused({ aud: 'reports', exp: 9_999_999_999 }).toThrow(/client address/)
    refused({ aud: 'reports', exp: 9_999_999_999, client: '203.0.113.7', identity: { role: 'admin' } }).toThrow(
      /identity/,
    )
    // The claims as they were before they named an audience: a captured old header is refused.
    refused({ ...officer, exp: 9_999_999_999 }).toThrow(InvalidClaimsError)
  })

  it('refuses claims once they expire, which is soon', () => {
    const signedAt = Date.parse('2026-11-25T08:00:00Z')
    const header = signClaims(toReports, SECRET, signedAt)
    expect(CLAIMS_TTL_SECONDS).toBeLessThanOrEqual(30)
    expect(verifyClaims(header, SECRET, 'reports', signedAt + (CLAIMS_TTL_SECONDS - 1) * 1000)).toEqual(toReports)
    expect(() => verifyClaims(header, SECRET, 'reports', signedAt + (CLAIMS_TTL_SECONDS + 1) * 1000)).toThrow(/expired/)
  })
})
