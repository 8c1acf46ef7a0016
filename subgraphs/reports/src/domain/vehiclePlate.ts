// Province part of a plate: 11 (Cao Bằng) to 99 (Bắc Ninh); lower numbers are not issued.
const PROVINCE = '(?:1[1-9]|[2-9]\\d)'
// Series: one or two letters, and on motorbikes a digit ("30A", "29B1", "30LD").
const SERIES = new RegExp(`^${PROVINCE}[A-Z]{1,2}\\d?$`)
const NUMBER = /^\d{4,5}$/
const CAR_COMPACT = new RegExp(`^(${PROVINCE}[A-Z]{1,2})(\\d{4,5})$`)
const MOTORBIKE_COMPACT = new RegExp(`^(${PROVINCE}[A-Z]{1,2}\\d)(\\d{4,5})$`)

function format(series: string, number: string): string {
  return number.length === 5 ? `${series}-${number.slice(0, 3)}.${number.slice(3)}` : `${series}-${number}`
}

/**
 * A Vietnamese licence plate in one canonical form, whatever the case, spacing and punctuation
 * ("30a12345", "30A-123.45", "30A 123 45" → "30A-123.45"; "29-B1 123.45" → "29B1-123.45"),
 * or null when it does not have a plate's shape.
 *
 * "30A12345" could be a car (30A-123.45) or an old four-digit motorbike plate (30A1-2345): written
 * without separators it is read as the car; a separator before the number settles it ("30A1-2345").
 */
export function normalizeVehiclePlate(input: string): string | null {
  const tokens = input
    .toUpperCase()
    .split(/[\s\-.]+/)
    .filter(Boolean)
  const lastWithLetter = tokens.findLastIndex((token) => /[A-Z]/.test(token))
  if (lastWithLetter < 0) return null
  const series = tokens.slice(0, lastWithLetter + 1).join('')
  const number = tokens.slice(lastWithLetter + 1).join('')
  if (number === '') {
    const compact = CAR_COMPACT.exec(series) ?? MOTORBIKE_COMPACT.exec(series)
    return compact ? format(compact[1]!, compact[2]!) : null
  }
  return SERIES.test(series) && NUMBER.test(number) ? format(series, number) : null
}
