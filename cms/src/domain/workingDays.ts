/** Vietnam keeps one time zone, UTC+7, with no daylight saving: working days are counted there. */
const VIETNAM_OFFSET_MS = 7 * 3_600_000
const DAY_MS = 86_400_000

// Fixed-date public holidays (Tết Dương lịch, Giải phóng miền Nam, Quốc tế Lao động, Quốc khánh).
// Lunar holidays (Tết Nguyên đán, Giỗ Tổ) move each year and are not counted yet.
const FIXED_HOLIDAYS = new Set(['01-01', '04-30', '05-01', '09-01', '09-02'])

function vietnamDay(date: Date): Date {
  return new Date(date.getTime() + VIETNAM_OFFSET_MS)
}

/** Whether a calendar day (a Date at Vietnam midnight, shifted) is a working day. */
function isWorkingDay(shifted: Date): boolean {
  const weekday = shifted.getUTCDay()
  const monthDay = shifted.toISOString().slice(5, 10)
  return weekday !== 0 && weekday !== 6 && !FIXED_HOLIDAYS.has(monthDay)
}

/**
 * The deadline for something received at `from` and due within `days` working days: the end
 * (23:59:59.999 Vietnam time) of the `days`-th working day after the day it was received.
 */
export function addWorkingDays(from: Date, days: number): Date {
  const shifted = vietnamDay(from)
  let day = new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()))
  let left = days
  while (left > 0) {
    day = new Date(day.getTime() + DAY_MS)
    if (isWorkingDay(day)) left--
  }
  return new Date(day.getTime() + DAY_MS - 1 - VIETNAM_OFFSET_MS)
}

/** Open past its deadline, or resolved after it. */
export function isOverdue(
  dueAt: Date | string | null | undefined,
  resolvedAt: Date | string | null | undefined,
  now: Date,
): boolean {
  if (!dueAt) return false
  const due = new Date(dueAt).getTime()
  return resolvedAt ? new Date(resolvedAt).getTime() > due : now.getTime() > due
}
