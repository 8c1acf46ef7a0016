import type { VerifiedClaims } from '@caunoi/platform'
import { jwtVerify, SignJWT } from 'jose'

/** Tokens the gateway issues say so, which is how they are told apart from Payload's. */
export const PLATFORM_TOKEN_ISSUER = 'caunoi-gateway'

/** Short: a stolen mini-app token is worth little, and the mini app exchanges a fresh one silently. */
export const PLATFORM_TOKEN_TTL_SECONDS = 15 * 60

export function platformTokenKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret)
}

/** A platform token for a mini-app citizen identified by Zalo. */
export function issuePlatformToken(zaloId: string, key: Uint8Array): Promise<string> {
  return new SignJWT({ kind: 'citizen' })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuer(PLATFORM_TOKEN_ISSUER)
    .setSubject(`zalo:${zaloId}`)
    .setIssuedAt()
    .setExpirationTime(`${PLATFORM_TOKEN_TTL_SECONDS}s`)
    .sign(key)
}

export async function verifyPlatformToken(token: string, key: Uint8Array): Promise<VerifiedClaims> {
  const { payload } = await jwtVerify(token, key, { algorithms: ['HS256'], issuer: PLATFORM_TOKEN_ISSUER })
  if (!payload.sub?.startsWith('zalo:')) throw new Error('platform token without a citizen')
  return { userId: payload.sub, kind: 'citizen' }
}
