import { invalidRequest } from './open311Error.ts'

const NUL_MESSAGE = 'Chứa ký tự không hợp lệ (NUL).'

/** PostgreSQL refuses a NUL in text (a 500 from the database), so a field carrying one is bad input. */
export function refuseNul(fields: Iterable<[string, string | string[]]>): void {
  const problems = []
  for (const [field, value] of fields) {
    const values = Array.isArray(value) ? value : [value]
    if (field.includes('\0') || values.some((v) => v.includes('\0'))) {
      problems.push({ field: field.replaceAll('\0', '\\0'), message: NUL_MESSAGE })
    }
  }
  if (problems.length > 0) throw invalidRequest(problems)
}
