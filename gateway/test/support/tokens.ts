import { SignJWT } from 'jose'
import { payloadSigningKey } from '../../src/identity/payloadToken.ts'

export const TEST_PAYLOAD_SECRET = 'gateway-test-payload-secret-0123456789'
export const TEST_CLAIMS_SECRET = 'gateway-test-claims-secret-0123456789abcdef'

/** A token shaped like Payload's (users collection, fields saved to the JWT), signed as Payload would. */
export function staffToken(
  user: { id: number; role?: string; unit?: number; locality?: number },
  { secret = TEST_PAYLOAD_SECRET, expiresIn = '2h' }: { secret?: string; expiresIn?: string | number } = {},
): Promise<string> {
  return new SignJWT({ collection: 'users', email: `user${user.id}@caunoi.local`, ...user })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setIssuedAt()
    .setExpirationTime(expiresIn)
    .sign(payloadSigningKey(secret))
}
