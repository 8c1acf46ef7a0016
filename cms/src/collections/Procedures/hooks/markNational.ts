import type { CollectionBeforeChangeHook } from 'payload'

/**
 * A procedure with no locality scope applies nationwide. The flag is stored because
 * "has no related rows" is awkward to query on a hasMany relationship in SQL.
 */
export const markNational: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const localities = data.localities ?? (originalDoc as { localities?: unknown[] } | undefined)?.localities ?? []
  data.national = !Array.isArray(localities) || localities.length === 0
  return data
}
