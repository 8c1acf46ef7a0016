import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

/**
 * Keys protecting citizens' personal data at rest: one to encrypt (AES-256-GCM), one to compute
 * keyed lookup hashes (HMAC-SHA256), derived separately so neither can stand in for the other.
 */
export type PersonalDataKeys = { encryption: Buffer; lookup: Buffer }

/** Marks a stored value as ciphertext, so encrypting twice or decrypting plain text never happens. */
const PREFIX = 'pd1:'
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

export function isEncrypted(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(PREFIX)
}

/** A fresh random IV per value: the same phone stored twice gives two unrelated ciphertexts. */
export function encryptPersonalData(keys: PersonalDataKeys, plaintext: string): string {
  if (isEncrypted(plaintext)) return plaintext
  const iv = randomBytes(IV_BYTES)
  const cipher = createCipheriv('aes-256-gcm', keys.encryption, iv)
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
  return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
}

/** Throws when the value was altered or encrypted under another key (GCM authenticates it). */
export function decryptPersonalData(keys: PersonalDataKeys, stored: string): string {
  if (!isEncrypted(stored)) return stored
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
