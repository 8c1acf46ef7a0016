import { badUserInput } from '../errors/errorCodes.ts'

export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 100

/** Clamps a client's `first` to a sane page size; a negative one is the client's mistake. */
export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE
  if (!Number.isInteger(first) || first < 0) throw badUserInput('Tham số "first" phải là số nguyên không âm.', [{ field: 'first', message: 'phải ≥ 0' }])
  return Math.min(first, MAX_PAGE_SIZE)
}

/** Cursors are opaque to clients: an offset into a stable ordering, base64url encoded. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64url')
}

export function decodeOffsetCursor(cursor: string | null | undefined): number {
  if (cursor === null || cursor === undefined || cursor === '') return 0
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8')
  const match = /^o:(\d{1,9})$/.exec(decoded)
  if (!match) throw badUserInput('Con trỏ phân trang "after" không hợp lệ.', [{ field: 'after', message: 'không hợp lệ' }])
  return Number(match[1]) + 1
}

export type Connection<T> = {
  edges: { cursor: string; node: T }[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
  totalCount: number
}

/** Builds a Relay connection from one page of rows that starts at `start` in the full ordering. */
export function toConnection<T>(rows: T[], start: number, totalCount: number): Connection<T> {
  const edges = rows.map((node, index) => ({ cursor: encodeOffsetCursor(start + index), node }))
  return {
    edges,
    pageInfo: { hasNextPage: start + rows.length < totalCount, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  }
}
