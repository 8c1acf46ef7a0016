import type { FieldHook } from 'payload'

/**
 * Stores a date as UTC ISO text ("…Z"). SQLite keeps dates as the text it was given and compares
 * them as text, so "2026-12-20T00:00:00.000+07:00" and a "…Z" value would not order or match.
 */
export const storeDateAsUtc: FieldHook = ({ value }) => {
  if (typeof value !== 'string' && !(value instanceof Date)) return value
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? value : date.toISOString()
}
