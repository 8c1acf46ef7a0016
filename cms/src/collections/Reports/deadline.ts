import type { Payload, PayloadRequest } from 'payload'
import { addWorkingDays } from '../../domain/workingDays.ts'
import { DEFAULT_DEADLINE_DAYS } from '../../globals/ReportSettings/index.ts'
import type { ReportSetting } from '../../payload-types.ts'
import type { ReportType } from './options.ts'

export type DeadlineDays = ReportSetting['deadlineDays']

/** Working days per type as the report settings say (unset types keep their defaults). */
export async function readDeadlineDays(payload: Payload, req?: PayloadRequest): Promise<DeadlineDays> {
  const settings = await payload.findGlobal({ slug: 'reportSettings', depth: 0, ...(req ? { req } : {}) })
  return settings.deadlineDays
}

/** When a report of `type` received at `receivedAt` is due. */
export function reportDueAt(days: DeadlineDays, type: ReportType, receivedAt: Date): string {
  return addWorkingDays(receivedAt, days?.[type] ?? DEFAULT_DEADLINE_DAYS[type]).toISOString()
}
