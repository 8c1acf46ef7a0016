import { badUserInput } from '../errors/errorCodes.ts'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

/** Clamps a client's `first` to a sane page size; a negative one is the client's mistake. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE
  if (!Number.isInteger(first) || first < 0) {
    throw badUserInput('Tham số "first" phải là số nguyên không âm.', [{ field: 'first', message: 'phải ≥ 0' }])
  }
  return Math.min(first, MAX_PAGE_SIZE)
}

export type CursorKey = (string | number | null)[]

/**
 * Keyset cursors: the sort key of the last row seen, opaque to clients (base64url JSON).
 * Unlike offsets they stay correct when rows are inserted while a client pages.
 */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url')
}

/**
 * `isValid` checks the parts' types when a wrong one would reach the database (a text id compared
 * with a numeric column): such a cursor is as invalid as a garbled one.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  arity: number,
  isValid: (key: CursorKey) => boolean = () => true,
): CursorKey | null {
  if (cursor === null || cursor === undefined || cursor === '') return null
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    const valid =
      Array.isArray(key) &&
      key.length === arity &&
      key.every((part) => part === null || typeof part === 'string' || typeof part === 'number') &&
      isValid(key as CursorKey)
    if (valid) return key as CursorKey
  } catch {
    // fall through to the client error below
  }
  throw badUserInput('Con trỏ phân trang "after" không hợp lệ.', [{ field: 'after', message: 'không hợp lệ' }])
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  totalCount: number
}

/**
 * Builds a Relay connection from rows fetched with limit + 1: the extra row, if present,
 * only proves there is a next page and is not returned.
 */
export function toConnection<T>(
  rows: T[],
  limit: number,
  totalCount: number,
  keyOf: (row: T) => CursorKey,
): Connection<T> {
  const page = rows.slice(0, limit)
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }))
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  }
}
