/**
 * The id behind a Payload relationship value, which is an id at depth 0 and a document when
 * populated; null when the relationship is empty.
 */
export function relationId(ref: unknown): number | null {
  if (ref === null || ref === undefined) return null
  const id = typeof ref === 'object' && 'id' in ref ? (ref as { id: unknown }).id : ref
  return typeof id === 'number' ? id : typeof id === 'string' && /^\d+$/.test(id) ? Number(id) : null
}
