import { deriveKey } from '@caunoi/platform'

/** Separate keys per purpose, so a value computed for one use can never be replayed in another. */
export type ReportKeys = {
  verifier: Buffer
  phone: Buffer
  fingerprint: Buffer
}

const derive = (secret: string, purpose: string) => deriveKey(secret, 'reports', purpose)

/**
 * Keys derived from PAYLOAD_SECRET. Changing that secret invalidates every verifier already
 * handed out and every stored phone hash, so it must stay stable in production.
 */
export function deriveReportKeys(secret: string): ReportKeys {
  return {
    verifier: derive(secret, 'verifier/v1'),
    phone: derive(secret, 'reporter-phone/v1'),
    fingerprint: derive(secret, 'request-fingerprint/v1'),
  }
}
