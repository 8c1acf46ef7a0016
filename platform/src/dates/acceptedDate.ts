/**
 * The years a stored date may fall in, in UTC. Four-digit years are the ones ISO 8601's basic
 * form writes without a sign, that SQLite (dates kept as text, compared as text) orders correctly,
 * and that PostgreSQL's timestamptz stores (it refuses year 0, which "0000-…" or "0001-…+07:00" become).
 */
export const ACCEPTED_YEARS = { first: 1000, last: 9999 } as const

/** The platform's answer to a value that is not a date at all (pinned by tests and clients). */
export const INVALID_DATE_MESSAGE = 'Thời điểm không hợp lệ (ví dụ: 2026-12-03T08:30:00+07:00).'

/** The answer to a real date no database of the platform can store. */
export const DATE_OUT_OF_RANGE_MESSAGE = `Thời điểm không hợp lệ: chỉ nhận các năm từ ${ACCEPTED_YEARS.first} đến ${ACCEPTED_YEARS.last} (ví dụ: 2026-12-03T08:30:00+07:00).`

/** Whether a parsed date is one the platform stores: a real instant within ACCEPTED_YEARS (UTC). */
export function isAcceptedDate(date: Date): boolean {
  const year = date.getUTCFullYear()
  return !Number.isNaN(year) && year >= ACCEPTED_YEARS.first && year <= ACCEPTED_YEARS.last
}

/**
 * Reads a date from outside (a query parameter, a form field, an import row): the instant, or
 * 'invalid' when it is no date, or 'out-of-range' when no database of the platform can store it.
 */
export function readAcceptedDate(value: string | Date): Date | 'invalid' | 'out-of-range' {
  const date = value instanceof Date ? value : new Date(value)
  if (Number.isNaN(date.getTime())) return 'invalid'
  return isAcceptedDate(date) ? date : 'out-of-range'
}

/** ISO date text as the databases return it; a cursor part must have this shape to reach a query. */
const ISO_DATE_TEXT = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/

/** Whether a value from a client (a cursor part) is date text every database compares without error. */
export function isStoredDateText(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE_TEXT.test(value) && readAcceptedDate(value) instanceof Date
}
