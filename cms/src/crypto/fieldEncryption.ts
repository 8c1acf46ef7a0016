import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto'
import { ConfigError } from '@caunoi/platform'

/** Marks a stored value as ciphertext, with the scheme's version, so plain legacy values still read. */
const PREFIX = 'enc:v1:'
const IV_BYTES = 12

/**
 * The key that encrypts reporters' personal data at rest: REPORTS_ENCRYPTION_KEY (32 bytes, base64
 * or hex), or outside production one derived from PAYLOAD_SECRET so development needs no setup.
 */
export function fieldEncryptionKey(secret: string, env: NodeJS.ProcessEnv = process.env): Buffer {
  const configured = env.REPORTS_ENCRYPTION_KEY?.trim()
  if (configured) {
    const key = /^[0-9a-f]{64}$/i.test(configured) ? Buffer.from(configured, 'hex') : Buffer.from(configured, 'base64')
    if (key.length !== 32) throw new ConfigError('REPORTS_ENCRYPTION_KEY: must be 32 bytes, in base64 or hex')
    return key
  }
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new ConfigError('REPORTS_ENCRYPTION_KEY: missing (required in production)')
  }
  return Buffer.from(hkdfSync('sha256', secret, 'caunoi/field-encryption', 'reports/v1', 32))
}

export const isEncrypted = (value: unknown): value is string => typeof value === 'string' && value.startsWith(PREFIX)

/** AES-256-GCM with a fresh random IV per value; the tag makes any tampering fail loudly. */
export function encryptField(key: Buffer, plaintext: string): string {
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', key, iv)
  const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return `${PREFIX}${iv.toString('base64')}:${cipher.getAuthTag().toString('base64')}:${data.toString('base64')}`
}

export function decryptField(key: Buffer, stored: string): string {
  if (!isEncrypted(stored)) return stored
  const [iv, tag, data] = stored.slice(PREFIX.length).split(':')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'))
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64')), decipher.final()]).toString('utf8')
}
