import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Copies the codes of the quiz's locality onto the quiz, so the quizzes service finds the quizzes of
 * a locality (and nationwide ones) with plain indexed filters instead of joins.
 */
export const deriveQuizScope: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const locality = data.locality !== undefined ? data.locality : (originalDoc as { locality?: unknown })?.locality
  const id = typeof locality === 'object' && locality !== null ? (locality as { id: number }).id : locality
  if (id === null || id === undefined || id === '') {
    data.national = true
    data.localityCode = null
    data.provinceCode = null
    return data
  }
  const doc = await req.payload.findByID({ collection: 'localities', id: id as number, depth: 0, req })
  data.national = false
  data.localityCode = doc.code
  data.provinceCode = doc.provinceCode ?? doc.code
  return data
}
