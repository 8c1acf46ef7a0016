import { DATE_OUT_OF_RANGE_MESSAGE, INVALID_DATE_MESSAGE } from '../dates/acceptedDate.ts'
import type { FieldProblem } from './errorCodes.ts'

// graphql-js 16 reports a bad variable in English, with the failing spot only in its text:
//   Variable "$input" got invalid value "x" at "input.occurredAt"; DateTime cannot represent …
//   Variable "$input" got invalid value { … }; Field "content" of required type "String!" was not provided.
//   Variable "$input" of required type "SubmitReportInput!" was not provided.
// These patterns turn each into the field it names (relative to the variable, as BAD_USER_INPUT
// problems name fields) and a reason in Vietnamese. graphql-js prints the value with its quotes
// escaped, so the first unescaped ` at "…"; ` is the spot, and a value cannot pass for the spot
// or for a reason (a scalar's own message may repeat the raw value, but it comes after the spot).
const INVALID_VALUE = /^Variable "\$(?<variable>\w+)" got invalid value /
const SPOT = / at "(?<path>\w+(?:\.\w+|\[\d+\])*)"; /
const MISSING_VARIABLE = /^Variable "\$(?<variable>\w+)" of required type "[^"]+" was not provided\.$/
const NULL_VARIABLE = /^Variable "\$(?<variable>\w+)" of non-null type "[^"]+" must not be null\.$/

type Reason = { pattern: RegExp; message: string; /** the reason names a field below the spot */ child?: boolean }

// Each reason starts the text after the spot, or follows "; " when the whole variable is the value.
const REASONS: Reason[] = [
  {
    pattern: /(?:^|; )Field "(\w+)" of required type "[^"]+" was not provided\.$/,
    message: 'Thiếu trường bắt buộc.',
    child: true,
  },
  { pattern: /(?:^|; )Field "(\w+)" is not defined by type "[^"]+"\./, message: 'Không có trường này.', child: true },
  {
    pattern: /(?:^|; )Value .* does not exist in "\w+" enum\./,
    message: 'Giá trị không nằm trong danh sách cho phép.',
  },
  { pattern: /(?:^|; )Expected non-nullable type "[^"]+" not to be null\.$/, message: 'Không được để trống.' },
  // The platform's DateTime scalar refuses years no database of the platform can store.
  { pattern: /(?:^|; )DateTime cannot represent a date outside the years /, message: DATE_OUT_OF_RANGE_MESSAGE },
  { pattern: /(?:^|; )DateTime cannot represent /, message: INVALID_DATE_MESSAGE },
  { pattern: /(?:^|; )Int cannot represent /, message: 'Phải là một số nguyên.' },
  { pattern: /(?:^|; )Float cannot represent /, message: 'Phải là một số.' },
  { pattern: /(?:^|; )String cannot represent /, message: 'Phải là một chuỗi ký tự.' },
  { pattern: /(?:^|; )Boolean cannot represent /, message: 'Phải là true hoặc false.' },
  { pattern: /(?:^|; )ID cannot represent /, message: 'Mã không hợp lệ.' },
  { pattern: /(?:^|; )Expected type "[^"]+" to be an object\.$/, message: 'Phải là một đối tượng.' },
]

/** "input.reporter.phone" for variable "input" → "reporter.phone"; the variable itself → its name. */
function fieldOf(variable: string, path: string | undefined): string {
  if (!path || path === variable) return variable
  return path.startsWith(`${variable}.`) ? path.slice(variable.length + 1) : path.slice(variable.length)
}

/** The problem a graphql-js variable coercion message describes, or null when it is not one. */
export function variableProblem(message: string): FieldProblem | null {
  const missing = MISSING_VARIABLE.exec(message)
  if (missing) return { field: missing.groups!.variable!, message: 'Thiếu giá trị bắt buộc.' }
  const nulled = NULL_VARIABLE.exec(message)
  if (nulled) return { field: nulled.groups!.variable!, message: 'Không được để trống.' }
  const invalid = INVALID_VALUE.exec(message)
  if (!invalid) return null
  const variable = invalid.groups!.variable!
  const spot = SPOT.exec(message)
  const onSpot = spot?.groups!.path!.split(/[.[]/)[0] === variable ? spot : null
  const field = fieldOf(variable, onSpot?.groups!.path)
  const reasonText = onSpot ? message.slice(onSpot.index + onSpot[0].length) : message
  for (const reason of REASONS) {
    const match = reason.pattern.exec(reasonText)
    if (!match) continue
    const child = reason.child ? match[1]! : null
    return { field: child ? (field === variable ? child : `${field}.${child}`) : field, message: reason.message }
  }
  // Another scalar's own words (a partner subgraph's, perhaps already Vietnamese) say it best.
  const own = onSpot ? reasonText : message.slice(message.lastIndexOf('; ') + 2)
  return { field, message: own.trim() || 'Giá trị không hợp lệ.' }
}
