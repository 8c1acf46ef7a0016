import { describe, expect, it } from '@jest/globals'
import { addWorkingDays, isOverdue } from '@caunoi/cms'

// Times are written in Vietnam time (UTC+7), where working days are counted.
const vn = (local: string) => new Date(`${local}+07:00`)

describe('deadlines in working days', () => {
  it('ends a deadline at the close of the n-th working day after receipt', () => {
    // Wednesday 18 Nov 2026, 10:00 → 3 working days → Monday 23 Nov, end of day.
    expect(addWorkingDays(vn('2026-11-18T10:00:00'), 3)).toEqual(vn('2026-11-23T23:59:59.999'))
  })

  it('skips weekends, even for a report sent late on a Friday night', () => {
    expect(addWorkingDays(vn('2026-11-20T23:30:00'), 1)).toEqual(vn('2026-11-23T23:59:59.999'))
    // Saturday receipt counts from Monday.
    expect(addWorkingDays(vn('2026-11-21T09:00:00'), 1)).toEqual(vn('2026-11-23T23:59:59.999'))
  })

  it('skips the fixed public holidays (Quốc khánh 1–2 September)', () => {
    // Monday 31 Aug 2026 → 1 Sep (Tue) and 2 Sep (Wed) are holidays → Thursday 3 Sep.
    expect(addWorkingDays(vn('2026-08-31T08:00:00'), 1)).toEqual(vn('2026-09-03T23:59:59.999'))
  })

  it('counts the day in Vietnam, not in UTC', () => {
    // 23:30 UTC on Sunday is already Monday 06:30 in Hà Nội: one working day ends on Tuesday.
    expect(addWorkingDays(new Date('2026-11-22T23:30:00Z'), 1)).toEqual(vn('2026-11-24T23:59:59.999'))
  })

  it('calls a report overdue when still open after its deadline, or resolved after it', () => {
    const due = vn('2026-11-23T23:59:59.999')
    expect(isOverdue(due, null, vn('2026-11-23T23:00:00'))).toBe(false)
    expect(isOverdue(due, null, vn('2026-11-24T00:00:01'))).toBe(true)
    expect(isOverdue(due, vn('2026-11-23T15:00:00'), vn('2026-12-01T00:00:00'))).toBe(false)
    expect(isOverdue(due, vn('2026-11-25T15:00:00'), vn('2026-12-01T00:00:00'))).toBe(true)
    expect(isOverdue(null, null, new Date())).toBe(false)
  })
})
