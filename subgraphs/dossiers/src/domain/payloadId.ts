/** Payload's SQL adapters number their rows: anything else is no row id (and must not reach PostgreSQL). */
export const isRowId = (id: string) => /^\d+$/.test(id)

/** GraphQL IDs are strings; Payload's SQL adapters number their rows. */
export function payloadId(id: string): number | string {
  return isRowId(id) ? Number(id) : id
}
