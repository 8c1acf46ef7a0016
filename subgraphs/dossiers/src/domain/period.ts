import { badUserInput } from '@caunoi/platform'
import type { Where } from 'payload'
import type { PeriodInput } from '../__generated__/resolvers-types.ts'

/** A statistics window as ISO bounds; either end may be open. */
export type Period = { from: string | null; to: string | null }

function bound(value: string | Date | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return new Date(value).toISOString()
}

export function periodOf(input: PeriodInput | null | undefined): Period {
  const period = { from: bound(input?.from), to: bound(input?.to) }
  if (period.from && period.to && period.from > period.to) {
    const message = 'Khoảng thời gian không hợp lệ: "from" phải trước "to".'
    throw badUserInput(message, [{ field: 'period', message }])
  }
  return period
}

/** Loader keys carry the period, so one request may ask for several windows. */
export const periodKey = (period: Period) => `${period.from ?? ''}|${period.to ?? ''}`

export function periodFromKey(key: string): Period {
  const [from, to] = key.split('|')
  return { from: from || null, to: to || null }
}

/** Bounds a date field to the period: from inclusive, to exclusive. */
export function withinPeriod(field: string, period: Period): Where[] {
  const clauses: Where[] = []
  if (period.from) clauses.push({ [field]: { greater_than_equal: period.from } })
  if (period.to) clauses.push({ [field]: { less_than: period.to } })
  return clauses
}
