import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import { normalizeIdNumber, normalizeVietnamesePhone } from '@caunoi/platform'
import {
  decryptPersonalData,
  encryptPersonalData,
  isEncrypted,
  lookupHash,
  personalDataKeysOf,
} from '../../../security/personalData.ts'

type Applicant = { name?: string | null; phone?: string | null; idNumber?: string | null }

/**
 * Applicant identity is stored encrypted; only keyed hashes of the phone and ID number stay
 * searchable, so the citizen can prove a dossier is theirs without the database revealing who they are.
 */
export const protectApplicant: CollectionBeforeChangeHook = ({ data, req }) => {
  const applicant = data.applicant as Applicant | undefined
  if (!applicant) return data
  const keys = personalDataKeysOf(req.payload)
  // A phone or ID number removed by a newer version must stop working as a verifier too.
  if ('phone' in applicant && !isEncrypted(applicant.phone)) {
    const phone = applicant.phone ? normalizeVietnamesePhone(applicant.phone) : null
    data.applicantPhoneHash = phone ? lookupHash(keys, 'phone', phone) : null
  }
  if ('idNumber' in applicant && !isEncrypted(applicant.idNumber)) {
    const idNumber = applicant.idNumber ? normalizeIdNumber(applicant.idNumber) : null
    data.applicantIdHash = idNumber ? lookupHash(keys, 'id-number', idNumber) : null
  }
  const encrypted: Applicant = {}
  for (const field of ['name', 'phone', 'idNumber'] as const) {
    const value = applicant[field]
    encrypted[field] = typeof value === 'string' && value !== '' ? encryptPersonalData(keys, value) : null
  }
  data.applicant = encrypted
  return data
}

/** Shown instead of a value that does not decrypt (another key), so one bad row cannot break a list. */
export const UNREADABLE_PERSONAL_DATA = '⚠ Không giải mã được (sai khóa mã hóa)'

/** Shows officers (who passed the field's read access) the applicant in clear. */
export const decryptApplicantField: FieldHook = ({ value, req }) => {
  if (!isEncrypted(value)) return value
  try {
    return decryptPersonalData(personalDataKeysOf(req.payload), value)
  } catch (error) {
    req.payload.logger.error(
      { err: error },
      'applicant data does not decrypt: is DOSSIER_ENCRYPTION_KEY the one it was written with?',
    )
    return UNREADABLE_PERSONAL_DATA
  }
}
