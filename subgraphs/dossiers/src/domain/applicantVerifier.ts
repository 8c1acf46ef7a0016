import { timingSafeEqual } from 'node:crypto'
import { lookupHash, type PersonalDataKeys } from '@caunoi/cms'
import { normalizeIdNumber, normalizeVietnamesePhone } from '@caunoi/platform'

type ApplicantHashes = { applicantPhoneHash?: string | null; applicantIdHash?: string | null }

// Compared against when a dossier has no hash of that kind, so every check costs the same.
const NO_HASH = '0'.repeat(64)

function sameHash(candidate: string | null, stored: string | null | undefined): boolean {
  const left = Buffer.from(candidate ?? NO_HASH, 'hex')
  const right = Buffer.from(stored ?? NO_HASH, 'hex')
  return left.length === right.length && timingSafeEqual(left, right) && candidate !== null && !!stored
}

/**
 * Whether `candidate` is the applicant's phone number or ID number. Both keyed hashes are always
 * computed and compared in constant time, so timing tells nothing about which part was wrong.
 */
export function matchesApplicant(keys: PersonalDataKeys, dossier: ApplicantHashes, candidate: string): boolean {
  const phone = normalizeVietnamesePhone(candidate)
  const idNumber = normalizeIdNumber(candidate)
  const phoneMatches = sameHash(phone && lookupHash(keys, 'phone', phone), dossier.applicantPhoneHash)
  const idMatches = sameHash(idNumber && lookupHash(keys, 'id-number', idNumber), dossier.applicantIdHash)
  return phoneMatches || idMatches
}
