import type { Dossier } from '@caunoi/cms'

/**
 * What an applicant may see of a dossier. The applicant's identity is not even read from the
 * database for public answers; the lookup hashes are read only to check the verifier.
 */
export const PUBLIC_DOSSIER_SELECT = {
  code: true,
  procedureCode: true,
  unit: true,
  status: true,
  submittedAt: true,
  dueAt: true,
  completedAt: true,
  open: true,
  timeline: true,
  result: true,
} as const

export type PublicDossier = Pick<Dossier, 'id' | keyof typeof PUBLIC_DOSSIER_SELECT>

export const DOSSIER_FOR_APPLICANT_SELECT = {
  ...PUBLIC_DOSSIER_SELECT,
  applicantPhoneHash: true,
  applicantIdHash: true,
} as const

export type DossierForApplicant = PublicDossier & Pick<Dossier, 'applicantPhoneHash' | 'applicantIdHash'>

/** Copies only the public fields, so nothing else can reach a resolver by accident. */
export function toPublicDossier(dossier: PublicDossier): PublicDossier {
  return {
    id: dossier.id,
    code: dossier.code,
    procedureCode: dossier.procedureCode,
    unit: dossier.unit,
    status: dossier.status,
    submittedAt: dossier.submittedAt,
    dueAt: dossier.dueAt,
    completedAt: dossier.completedAt,
    open: dossier.open,
    timeline: dossier.timeline,
    result: dossier.result,
  }
}

/** The id of a relationship, whether Payload returned the id or the related document. */
export function idOf(ref: number | string | { id: number | string }): string {
  return String(typeof ref === 'object' ? ref.id : ref)
}
