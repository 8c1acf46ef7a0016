import { createHmac } from 'node:crypto'
import type { ReportKeys } from './reportKeys.ts'

export { normalizeVietnamesePhone } from '@caunoi/platform'

/** Keyed hash of a normalised phone: lets the phone serve as verifier without storing it in clear. */
export function hashPhone(keys: ReportKeys, normalizedPhone: string): string {
  return createHmac('sha256', keys.phone).update(normalizedPhone).digest('hex')
}
