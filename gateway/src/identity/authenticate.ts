import type { IncomingMessage } from 'node:http'
import type { VerifiedClaims } from '@caunoi/platform'
import { payloadSigningKey, verifyPayloadToken } from './payloadToken.ts'

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

/**
 * Who the caller is: undefined for anonymous callers (public queries stay open), the verified
 * claims for a valid token, InvalidTokenError for a token that is forged or expired. The result is
 * remembered per request, as the rate limiter and the context both ask.
 */
export function createAuthenticator(payloadSecret: string | undefined): Authenticator {
  const key = payloadSecret ? payloadSigningKey(payloadSecret) : undefined
  const known = new WeakMap<IncomingMessage, Promise<VerifiedClaims | undefined>>()
  async function identify(req: IncomingMessage): Promise<VerifiedClaims | undefined> {
    const token = bearerToken(req)
    if (token === undefined) return undefined
    if (!key) throw new InvalidTokenError('no PAYLOAD_SECRET configured to verify tokens')
    try {
      return await verifyPayloadToken(token, key)
    } catch (error) {
      throw new InvalidTokenError((error as Error).message)
    }
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
