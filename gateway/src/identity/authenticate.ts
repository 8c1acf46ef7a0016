import type { IncomingMessage } from 'node:http'
import type { VerifiedClaims } from '@caunoi/platform'
import { decodeJwt } from 'jose'
import type { SessionCheck } from './payloadSession.ts'
import { payloadSigningKey, verifyPayloadSession } from './payloadToken.ts'
import { PLATFORM_TOKEN_ISSUER, platformTokenKey, verifyPlatformToken } from './platformToken.ts'

export class InvalidTokenError extends Error {
  override name = 'InvalidTokenError'
}

export type Authenticator = (req: IncomingMessage) => Promise<VerifiedClaims | undefined>

/** `Authorization: Bearer <jwt>`, or Payload's own `JWT <jwt>` scheme. */
function bearerToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization
  if (!header) return undefined
  const match = /^(?:Bearer|JWT)\s+(\S+)$/i.exec(header)
  if (!match?.[1]) throw new InvalidTokenError('authorization header is not a bearer token')
  return match[1]
}

export type TokenSecrets = {
  /** The CMS's PAYLOAD_SECRET: staff tokens. */
  payloadSecret?: string
  /** PLATFORM_TOKEN_SECRET: tokens the gateway issued to mini-app citizens. */
  platformTokenSecret?: string
  /** Refuses staff tokens whose CMS session has ended (logout); without it they last until they expire. */
  sessionCheck?: SessionCheck
}

/** Which issuer a token claims; only a hint for choosing the key, the signature decides. */
function issuerOf(token: string): string | undefined {
  try {
    return decodeJwt(token).iss
  } catch {
    throw new InvalidTokenError('not a JWT')
  }
}

async function verify<T>(verifyToken: () => Promise<T>): Promise<T> {
  try {
    return await verifyToken()
  } catch (error) {
    throw new InvalidTokenError((error as Error).message)
  }
}

/**
 * Who the caller is: undefined for anonymous callers (public queries stay open), the verified
 * claims for a valid token, InvalidTokenError for a token that is forged, expired or logged out. The result is
 * remembered per request, as the rate limiter and the context both ask.
 */
export function createAuthenticator({ payloadSecret, platformTokenSecret, sessionCheck }: TokenSecrets): Authenticator {
  const payloadKey = payloadSecret ? payloadSigningKey(payloadSecret) : undefined
  const platformKey = platformTokenSecret ? platformTokenKey(platformTokenSecret) : undefined
  const known = new WeakMap<IncomingMessage, Promise<VerifiedClaims | undefined>>()
  async function identify(req: IncomingMessage): Promise<VerifiedClaims | undefined> {
    const token = bearerToken(req)
    if (token === undefined) return undefined
    const citizen = issuerOf(token) === PLATFORM_TOKEN_ISSUER
    const key = citizen ? platformKey : payloadKey
    if (!key) throw new InvalidTokenError('no secret configured to verify this kind of token')
    if (citizen) return verify(() => verifyPlatformToken(token, key))
    const { claims, sessionId } = await verify(() => verifyPayloadSession(token, key))
    if (sessionCheck && sessionId && !(await sessionCheck(token, claims.userId, sessionId))) {
      throw new InvalidTokenError('the session of this token has ended')
    }
    return claims
  }
  return (req) => {
    let claims = known.get(req)
    if (!claims) {
      claims = identify(req)
      known.set(req, claims)
    }
    return claims
  }
}
