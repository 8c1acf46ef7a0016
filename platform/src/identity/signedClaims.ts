import { createHmac, timingSafeEqual } from 'node:crypto'

/** The one header in which the gateway vouches, to one subgraph for one call, for the client and the caller. */
export const CLAIMS_HEADER = 'x-caunoi-claims'

/** Who the gateway verified the caller to be. Staff come from Payload; citizens from Zalo. */
export type VerifiedClaims = {
  userId: string
  kind: 'staff' | 'citizen'
  role?: string
  unitId?: string
  localityId?: string
}

/** What the gateway tells one subgraph about one call, signed in the claims header. */
export type ClaimsEnvelope = {
  /** The subgraph it is meant for, by its supergraph name: any other subgraph refuses it. */
  audience: string
  /** The client's address as the gateway determined it (with its trust-proxy setting), for per-client limits. */
  clientAddress: string
  /** Who the caller is; absent for an anonymous caller. */
  identity?: VerifiedClaims
}

type SignedPayload = { aud: string; exp: number; client: string; identity?: VerifiedClaims }

/** A hop takes milliseconds and the clocks are synced: a captured header soon stops working. */
export const CLAIMS_TTL_SECONDS = 30

export class InvalidClaimsError extends Error {
  override name = 'InvalidClaimsError'
}

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest()
}

/** `base64url(json).base64url(hmac-sha256)`, with the audience and an expiry inside the signed part. */
export function signClaims(envelope: ClaimsEnvelope, secret: string, nowMs = Date.now()): string {
  const payload: SignedPayload = {
    aud: envelope.audience,
    exp: Math.floor(nowMs / 1000) + CLAIMS_TTL_SECONDS,
    client: envelope.clientAddress,
    ...(envelope.identity ? { identity: envelope.identity } : {}),
  }
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url')
  return `${encoded}.${mac(secret, encoded).toString('base64url')}`
}

function isIdentity(value: unknown): value is VerifiedClaims {
  const identity = value as Partial<VerifiedClaims> | null
  return (
    typeof identity === 'object' &&
    identity !== null &&
    typeof identity.userId === 'string' &&
    (identity.kind === 'staff' || identity.kind === 'citizen')
  )
}

/**
 * The envelope in a header the gateway signed for `audience`, or InvalidClaimsError if it is forged,
 * tampered with, expired, malformed or made for another subgraph.
 */
export function verifyClaims(header: string, secret: string, audience: string, nowMs = Date.now()): ClaimsEnvelope {
  const [encoded, signature, ...rest] = header.split('.')
  if (!encoded || !signature || rest.length > 0) throw new InvalidClaimsError('malformed claims header')
  const expected = mac(secret, encoded)
  const given = Buffer.from(signature, 'base64url')
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new InvalidClaimsError('claims signature does not match')
  }
  let payload: Partial<SignedPayload>
  try {
    payload = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as Partial<SignedPayload>
  } catch {
    throw new InvalidClaimsError('claims are not JSON')
  }
  if (typeof payload?.exp !== 'number' || payload.exp * 1000 < nowMs) throw new InvalidClaimsError('claims expired')
  if (payload.aud !== audience) throw new InvalidClaimsError('claims are meant for another subgraph')
  if (typeof payload.client !== 'string' || payload.client === '') {
    throw new InvalidClaimsError('claims without a client address')
  }
  if (payload.identity !== undefined && !isIdentity(payload.identity)) {
    throw new InvalidClaimsError('claims with a malformed identity')
  }
  return {
    audience: payload.aud,
    clientAddress: payload.client,
    ...(payload.identity ? { identity: payload.identity } : {}),
  }
}
