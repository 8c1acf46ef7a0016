import { createHash } from 'node:crypto'
import type { VerifiedClaims } from '@caunoi/platform'
import { jwtVerify } from 'jose'

/**
 * The HMAC key Payload 3 signs its users' JWTs with: not PAYLOAD_SECRET itself but the first 32
 * hex characters of its SHA-256 (payload/dist/index.js, `this.secret = …digest('hex').slice(0, 32)`).
 */
export function payloadSigningKey(payloadSecret: string): Uint8Array {
  return new TextEncoder().encode(createHash('sha256').update(payloadSecret).digest('hex').slice(0, 32))
}

/** A relationship saved to the JWT is the related document's id (number on SQL, string on MongoDB). */
function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'number') return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/**
 * Verifies a Payload user's token (signature, expiry; HS256 only, so "alg: none" and key confusion
 * are refused) and reads the fields the users collection saves to the JWT: role, unit, locality,
 * and the login session it belongs to (`sid`, when Payload's auth sessions are on).
 */
export async function verifyPayloadSession(
  token: string,
  key: Uint8Array,
): Promise<{ claims: VerifiedClaims; sessionId?: string }> {
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'] })
  const userId = idOf(payload.id)
  if (!userId || payload.collection !== 'users') throw new Error('not a token of the users collection')
  return {
    claims: {
      userId,
      kind: 'staff',
      role: typeof payload.role === 'string' ? payload.role : undefined,
      unitId: idOf(payload.unit),
      localityId: idOf(payload.locality),
    },
    sessionId: typeof payload.sid === 'string' && payload.sid !== '' ? payload.sid : undefined,
  }
}

/** The claims of a Payload user's token (see verifyPayloadSession). */
export async function verifyPayloadToken(token: string, key: Uint8Array): Promise<VerifiedClaims> {
  return (await verifyPayloadSession(token, key)).claims
}
