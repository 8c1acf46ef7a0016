import { hkdfSync } from 'node:crypto'

/**
 * A 32-byte key for one purpose of one service, derived from the shared secret: a value computed
 * for one use can never be replayed in another, and changing the secret invalidates them all.
 */
export function deriveKey(secret: string, service: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, `caunoi/${service}`, purpose, 32))
}
