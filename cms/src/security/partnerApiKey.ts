import { createHash, randomBytes } from 'node:crypto'

/** Prefix that makes a leaked key recognisable in logs and secret scanners. */
export const PARTNER_KEY_PREFIX = 'cnk_'
export const MIN_PARTNER_KEY_LENGTH = 32

/** A new API key for a partner system: 32 random bytes, shown once and stored only as a hash. */
export function generatePartnerApiKey(): string {
  return PARTNER_KEY_PREFIX + randomBytes(32).toString('base64url')
}

/**
 * Keys are long and random, so a plain SHA-256 is enough to store them safely (no dictionary to
 * guess from) and lets a request's key be found by an indexed lookup.
 */
export function hashPartnerApiKey(apiKey: string): string {
  return createHash('sha256').update(apiKey, 'utf8').digest('hex')
}
