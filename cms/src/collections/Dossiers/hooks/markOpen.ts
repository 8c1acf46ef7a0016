import type { CollectionBeforeChangeHook, FieldHook } from 'payload'
import { SETTLED_DOSSIER_STATUSES, type DossierStatus } from '../options.ts'

/** Stored so the admin can list open dossiers first, earliest due (the overdue ones) on top. */
export const markOpen: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const status = (data.status ?? (originalDoc as { status?: DossierStatus } | undefined)?.status) as DossierStatus
  data.open = !SETTLED_DOSSIER_STATUSES.includes(status)
  return data
}

/** Whether a dossier is past its due date: still open after it, or settled later than it. */
export function isOverdue(
  dossier: { dueAt?: string | null; completedAt?: string | null; open?: boolean | null },
  now: Date,
): boolean {
  if (!dossier.dueAt) return false
  const due = new Date(dossier.dueAt).getTime()
  if (dossier.completedAt) return new Date(dossier.completedAt).getTime() > due
  return dossier.open !== false && now.getTime() > due
}

/** The admin's "Quá hạn" column, computed on read so it is never stale. */
export const computeOverdue: FieldHook = ({ siblingData }) =>
  isOverdue(siblingData as Parameters<typeof isOverdue>[0], new Date())
