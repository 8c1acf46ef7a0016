import { createHmac, timingSafeEqual } from 'node:crypto'
import { encodeCrockford, normalizeCrockford } from './crockford.ts'
import { hashPhone, normalizeVietnamesePhone } from './phone.ts'
import type { ReportKeys } from './reportKeys.ts'

/** 10 symbols = 50 bits: enough behind the gateway's rate limit, short enough to copy by hand. */
export const VERIFIER_LENGTH = 10

/**
 * The verifier of a report, derived rather than stored: the same tracking code always gives the
 * same verifier, so an idempotent retry can hand it out again, and a database leak reveals none.
 */
export function verifierFor(keys: ReportKeys, trackingCode: string): string {
  return encodeCrockford(createHmac('sha256', keys.verifier).update(trackingCode).digest(), VERIFIER_LENGTH)
}

function constantTimeEquals(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  // Lengths are public (the verifier's length is documented); only the content must not leak.
  if (left.length !== right.length) return false
  return timingSafeEqual(left, right)
}

/**
 * Whether `candidate` proves the sender knows the report: its verifier (case, dashes and O/0,
 * I/L/1 confusions ignored) or the reporter's phone number.
 */
export function matchesVerifier(
  keys: ReportKeys,
  report: { trackingCode: string; reporterPhoneHash?: string | null },
  candidate: string,
): boolean {
  const expected = verifierFor(keys, report.trackingCode)
  const asVerifier = normalizeCrockford(candidate)
  if (asVerifier !== null && constantTimeEquals(asVerifier, expected)) return true
  const phone = normalizeVietnamesePhone(candidate)
  if (phone === null || !report.reporterPhoneHash) return false
  return constantTimeEquals(hashPhone(keys, phone), report.reporterPhoneHash)
}
