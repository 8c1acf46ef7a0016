import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import { ConfigError } from '@caunoi/platform'
import type { Payload } from 'payload'

/**
 * Keys protecting citizens' personal data at rest: one to encrypt (AES-256-GCM), one to compute
 * keyed lookup hashes (HMAC-SHA256), derived separately so neither can stand in for the other.
 */
export type PersonalDataKeys = { encryption: Buffer; lookup: Buffer }

/** Marks a stored value as ciphertext, so encrypting twice or decrypting plain text never happens. */
const PREFIX = 'pd1:'
/**
 * Reporters' data written before reports used this helper: the same AES-256-GCM as
 * "enc:v1:<iv>:<tag>:<data>" in base64. Still read, never written.
 */
const LEGACY_REPORTS_PREFIX = 'enc:v1:'
const IV_BYTES = 12
const TAG_BYTES = 16

export type LookupPurpose = 'phone' | 'id-number'

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'caunoi/personal-data', purpose, 32))
}

/** Keys from DOSSIER_ENCRYPTION_KEY (or, outside production, PAYLOAD_SECRET); see cmsEnv. */
export function derivePersonalDataKeys(secret: string): PersonalDataKeys {
  return { encryption: derive(secret, 'encryption/v1'), lookup: derive(secret, 'lookup/v1') }
}

const keysByPayload = new WeakMap<object, PersonalDataKeys>()

/** The keys of a running Payload, derived once per instance from its server-only config. */
export function personalDataKeysOf(payload: Pick<Payload, 'config'>): PersonalDataKeys {
  const cached = keysByPayload.get(payload.config)
  if (cached) return cached
  const secret = (payload.config.custom as { personalDataSecret?: string } | undefined)?.personalDataSecret
  if (!secret) throw new Error('Payload config has no custom.personalDataSecret (see createPayloadConfig)')
  const keys = derivePersonalDataKeys(secret)
  keysByPayload.set(payload.config, keys)
  return keys
}

/**
 * The key encrypting reporters' data (kept apart from the dossiers' key, so either can be rotated
 * alone): REPORTS_ENCRYPTION_KEY, 32 bytes in hex or base64, or outside production one derived
 * from PAYLOAD_SECRET so development needs no setup. Reports compute no lookup hashes here.
 */
export function reportsEncryptionKeys(
  secret: string,
  env: NodeJS.ProcessEnv = process.env,
): Pick<PersonalDataKeys, 'encryption'> {
  const configured = env.REPORTS_ENCRYPTION_KEY?.trim()
  if (configured) {
    const key = /^[0-9a-f]{64}$/i.test(configured) ? Buffer.from(configured, 'hex') : Buffer.from(configured, 'base64')
    if (key.length !== 32) throw new ConfigError('REPORTS_ENCRYPTION_KEY: must be 32 bytes, in base64 or hex')
    return { encryption: key }
  }
  if (env.NODE_ENV === 'production' && env.NEXT_PHASE !== 'phase-production-build') {
    throw new ConfigError('REPORTS_ENCRYPTION_KEY: missing (required in production)')
  }
  return { encryption: developmentReportsKey(secret) }
}

/**
 * The reporters' key outside production, derived from PAYLOAD_SECRET (the derivation reports always
 * used: data stored under it stays readable). `npm start` hands it to the admin, which `next start`
 * runs in production mode, so every process of a local run reads the same data.
 */
export function developmentReportsKey(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'caunoi/field-encryption', 'reports/v1', 32))
}

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && (value.startsWith(PREFIX) || value.startsWith(LEGACY_REPORTS_PREFIX))
}

function decryptLegacyReportsValue(key: Buffer, stored: string): string {
  const [iv, tag, data] = stored.slice(LEGACY_REPORTS_PREFIX.length).split(':')
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv ?? '', 'base64'))
  decipher.setAuthTag(Buffer.from(tag ?? '', 'base64'))
  return Buffer.concat([decipher.update(Buffer.from(data ?? '', 'base64')), decipher.final()]).toString('utf8')
}

/** A fresh random IV per value: the same phone stored twice gives two unrelated ciphertexts. */
export function encryptPersonalData(keys: Pick<PersonalDataKeys, 'encryption'>, plaintext: string): string {
  if (isEncrypted(plaintext)) return plaintext
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** Throws when the value was altered or encrypted under another key (GCM authenticates it). */
export function decryptPersonalData(keys: Pick<PersonalDataKeys, 'encryption'>, stored: string): string {
  if (!isEncrypted(stored)) return stored
  if (stored.startsWith(LEGACY_REPORTS_PREFIX)) return decryptLegacyReportsValue(keys.encryption, stored)
  const raw = Buffer.from(stored.slice(PREFIX.length), 'base64url')
  const decipher = createDecipheriv('aes-256-gcm', keys.encryption, raw.subarray(0, IV_BYTES))
  decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
  return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8')
}

/**
 * Keyed hash of a normalised identifier (phone, ID number): lets it be matched without being
 * stored in clear; the purpose is part of the input, so a phone hash never matches an ID hash.
 */
export function lookupHash(keys: PersonalDataKeys, purpose: LookupPurpose, normalized: string): string {
  return createHmac('sha256', keys.lookup).update(`${purpose}:${normalized}`).digest('hex')
}
