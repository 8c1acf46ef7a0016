/** Payload ids are positive integers on SQL databases; anything else names no document. */
export function parseDocId(id: string | number): number | null {
  const value = typeof id === 'number' ? id : Number(id)
  return Number.isSafeInteger(value) && value > 0 ? value : null
}

/** A relationship read at depth 0 is an id; at depth ≥ 1 it is the document. */
export function relationId(value: number | { id: number } | null | undefined): number | null {
  if (value === null || value === undefined) return null
  return typeof value === 'number' ? value : value.id
}
