import { createHmac, timingSafeEqual } from 'node:crypto'
import type { VerifierGuard } from '@caunoi/platform'
import { encodeCrockford, normalizeCrockford } from './crockford.ts'
import { hashPhone, normalizeVietnamesePhone } from './phone.ts'
import type { ReportKeys } from './reportKeys.ts'
import { normalizeTrackingCode } from './trackingCode.ts'

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

// Compared against when a report has no phone hash (or is unknown), so every check costs the same.
const NO_PHONE_HASH = '0'.repeat(64)

/**
 * Whether `candidate` proves the sender knows the report: its verifier (case, dashes and O/0,
 * I/L/1 confusions ignored) or the reporter's phone number. Both are always computed and compared.
 */
export function matchesVerifier(
  keys: ReportKeys,
  report: { trackingCode: string; reporterPhoneHash?: string | null },
  candidate: string,
): boolean {
  const expected = verifierFor(keys, report.trackingCode)
  const asVerifier = normalizeCrockford(candidate)
  const verifierMatches = constantTimeEquals(asVerifier ?? '', expected) && asVerifier !== null
  const phone = normalizeVietnamesePhone(candidate)
  const phoneHash = hashPhone(keys, phone ?? '')
  const phoneMatches =
    constantTimeEquals(phoneHash, report.reporterPhoneHash ?? NO_PHONE_HASH) &&
    phone !== null &&
    !!report.reporterPhoneHash
  return verifierMatches || phoneMatches
}

type SenderCheck = { keys: ReportKeys; guard: VerifierGuard; client: string }

/**
 * Whether `candidate` opens the report asked for by `rawCode` (`report` null: no such report),
 * under the guard (the platform's verifier policy). An unknown code is checked against a stand-in
 * and counted under its normalized form exactly like a wrong verifier, so no answer, count or
 * amount of work tells whether a tracking code exists.
 */
export async function verifiedUnderGuard(
  { keys, guard, client }: SenderCheck,
  rawCode: string,
  report: { trackingCode: string; reporterPhoneHash?: string | null } | null,
  candidate: string,
): Promise<boolean> {
  const limitKey = report?.trackingCode ?? normalizeTrackingCode(rawCode) ?? rawCode.trim().toUpperCase()
  await guard.assertMayVerify(limitKey, client)
  const matches = matchesVerifier(keys, report ?? { trackingCode: limitKey, reporterPhoneHash: null }, candidate)
  if (report && matches) {
    await guard.recordRightVerifier(limitKey, client)
    return true
  }
  await guard.recordWrongVerifier(limitKey, client)
  return false
}
