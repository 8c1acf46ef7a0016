import type { Where } from 'payload'

/** Encodes a value in the bracket notation Payload's list view parses from its URL (qs style). */
function encode(prefix: string, value: unknown, out: string[]): void {
  if (Array.isArray(value)) value.forEach((item, i) => encode(`${prefix}[${i}]`, item, out))
  else if (value !== null && typeof value === 'object')
    for (const [key, inner] of Object.entries(value)) encode(`${prefix}[${key}]`, inner, out)
  else out.push(`${encodeURIComponent(prefix)}=${encodeURIComponent(String(value))}`)
}

/**
 * The list view's URL for some conditions, in the or/and shape the admin's filter builder shows
 * (so an editor can see and adjust a quick filter after clicking it).
 */
export function listQuery(conditions: Where[]): string {
  if (conditions.length === 0) return '?'
  const out: string[] = []
  encode('where', { or: [{ and: conditions }] }, out)
  return `?${out.join('&')}`
}
