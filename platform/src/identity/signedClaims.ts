import { createHmac, timingSafeEqual } from 'node:crypto'

/** The header in which the gateway passes who the caller is to the subgraphs. */
export const CLAIMS_HEADER = 'x-caunoi-claims'

/** Who the gateway verified the caller to be. Staff come from Payload; citizens from Zalo. */
export type VerifiedClaims = {
  userId: string
  kind: 'staff' | 'citizen'
  role?: string
  unitId?: string
  localityId?: string
}

type SignedPayload = VerifiedClaims & { exp: number }

/** A claims header is only good for one gateway-to-subgraph hop: a captured one soon stops working. */
export const CLAIMS_TTL_SECONDS = 60

export class InvalidClaimsError extends Error {
  override name = 'InvalidClaimsError'
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest()
}

/** `base64url(json).base64url(hmac-sha256)`, with an expiry inside the signed part. */
export function signClaims(claims: VerifiedClaims, secret: string, nowMs = Date.now()): string {
  const payload: SignedPayload = { ...claims, exp: Math.floor(nowMs / 1000) + CLAIMS_TTL_SECONDS }
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${encoded}.${mac(secret, encoded).toString('base64url')}`
}

/** The claims in a header the gateway signed, or InvalidClaimsError if forged, tampered with or expired. */
export function verifyClaims(header: string, secret: string, nowMs = Date.now()): VerifiedClaims {
  const [encoded, signature, ...rest] = header.split('.')
  if (!encoded || !signature || rest.length > 0) throw new InvalidClaimsError('malformed claims header')
  const expected = mac(secret, encoded)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidClaimsError('claims signature does not match')
  }
  let payload: SignedPayload
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as SignedPayload
  } catch {
    throw new InvalidClaimsError('claims are not JSON')
  }
  if (typeof payload.exp !== 'number' || payload.exp * 1000 < nowMs) throw new InvalidClaimsError('claims expired')
  if (typeof payload.userId !== 'string') throw new InvalidClaimsError('claims without a user')
  const { exp: _exp, ...claims } = payload
  return claims
}
