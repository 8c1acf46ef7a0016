import { randomBytes } from 'node:crypto'

/**
 * Crockford's base32: digits and upper-case letters without I, L, O and U, so a code read aloud
 * or copied by hand from a Zalo message survives the usual confusions (O/0, I/L/1).
 */
export const CROCKFORD_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

const VALID = /^[0-9A-HJKMNP-TV-Z]*$/

/** `length` symbols drawn from the OS's CSPRNG; one byte per symbol, 256 = 8 × 32 so no bias. */
export function randomCrockford(length: number): string {
  const bytes = randomBytes(length)
  let out = ''
  for (const byte of bytes) out += CROCKFORD_ALPHABET[byte & 31]
  return out
}

/** The first `length` symbols of the bytes read as a big-endian bit string (5 bits per symbol). */
export function encodeCrockford(bytes: Uint8Array, length: number): string {
  if (length * 5 > bytes.length * 8) throw new RangeError(`${bytes.length} bytes hold fewer than ${length} symbols`)
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5 && out.length < length) {
      out += CROCKFORD_ALPHABET[(buffer >> (bits - 5)) & 31]
      bits -= 5
    }
    buffer &= (1 << bits) - 1
    if (out.length === length) break
  }
  return out
}

/**
 * What a person typed, in canonical symbols: case, spaces, dashes and dots ignored, O read as 0
 * and I/L as 1. Returns null if anything else is left.
 */
export function normalizeCrockford(text: string): string | null {
  const canonical = text
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  return VALID.test(canonical) ? canonical : null
}
