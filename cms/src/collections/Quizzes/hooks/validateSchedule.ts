import { ValidationError, type CollectionBeforeValidateHook } from 'payload'

/** A quiz closes after it opens; Payload validates fields one by one, so the pair is checked here. */
export const validateSchedule: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const merged = { ...(originalDoc ?? {}), ...(data ?? {}) } as { opensAt?: string; closesAt?: string }
  if (merged.opensAt && merged.closesAt && new Date(merged.closesAt) <= new Date(merged.opensAt)) {
    throw new ValidationError({
      collection: 'quizzes',
      errors: [{ path: 'closesAt', message: 'Thời điểm kết thúc phải sau thời điểm bắt đầu.' }],
      req,
    })
  }
  return data
}
