import { createHmac, timingSafeEqual } from 'node:crypto'
import type { VerifierGuard } from '@caunoi/platform'
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

type SenderCheck = { keys: ReportKeys; guard: VerifierGuard; client: string }

/**
 * Whether `candidate` opens the report asked for by `rawCode` (`report` null: no such report),
 * under the guard: once that code or this client has used up its wrong attempts, even the right
 * verifier gets RATE_LIMITED, and a wrong one (or an unknown code) counts against both. Published
 * tracking codes and a sender's phone as verifier would otherwise invite guessing who sent a report.
 */
export async function verifiedUnderGuard(
  { keys, guard, client }: SenderCheck,
  rawCode: string,
  report: { trackingCode: string; reporterPhoneHash?: string | null } | null,
  candidate: string,
): Promise<boolean> {
  const limitKey = report?.trackingCode ?? rawCode.trim().toUpperCase()
  await guard.assertMayVerify(limitKey, client)
  if (report && matchesVerifier(keys, report, candidate)) return true
  await guard.recordWrongVerifier(limitKey, client)
  return false
}
