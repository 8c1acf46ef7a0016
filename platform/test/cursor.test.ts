import { expect, it } from '@jest/globals'
import { decodeCursor, encodeCursor, pageSize, toConnection, MAX_PAGE_SIZE } from '../src/pagination/cursor.ts'

it('round-trips a keyset cursor', () => {
  expect(decodeCursor(encodeCursor(['2026-11-20T08:00:00.000Z', 7]), 2)).toEqual(['2026-11-20T08:00:00.000Z', 7])
})

it('rejects forged or mismatched cursors as bad user input', () => {
  for (const cursor of ['%%%', Buffer.from('{"a":1}').toString('base64url'), encodeCursor(['only-one'])]) {
    expect(() => decodeCursor(cursor, 2)).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    )
  }
})

it('rejects a cursor whose parts have the wrong types when the caller checks them', () => {
  const textAndId = (key: (string | number | null)[]) => typeof key[0] === 'string' && typeof key[1] === 'number'
  expect(decodeCursor(encodeCursor(['Câu hỏi', 3]), 2, textAndId)).toEqual(['Câu hỏi', 3])
  expect(() => decodeCursor(encodeCursor(['Câu hỏi', '3 or 1=1']), 2, textAndId)).toThrow(
    expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
  )
})

it('caps the page size and refuses a negative one', () => {
  expect(pageSize(undefined)).toBe(20)
  expect(pageSize(10_000)).toBe(MAX_PAGE_SIZE)
  expect(() => pageSize(-1)).toThrow(/first/)
})

it('builds a connection that says whether a next page exists from the extra row', () => {
  const connection = toConnection([{ code: 'a' }, { code: 'b' }, { code: 'c' }], 2, 5, (r) => [r.code])
  expect(connection.edges.map((e) => e.node.code)).toEqual(['a', 'b'])
  expect(connection.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor(['b']) })
  expect(connection.totalCount).toBe(5)
  expect(toConnection([{ code: 'a' }], 2, 1, (r) => [r.code]).pageInfo.hasNextPage).toBe(false)
})
