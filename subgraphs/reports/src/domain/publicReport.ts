import type { Report } from '@caunoi/cms'

/**
 * What a sender may see of a report. Reporter identity and bookkeeping (phone hash,
 * idempotency key, fingerprint) are not even read from the database for public answers.
 */
export const PUBLIC_REPORT_SELECT = {
  trackingCode: true,
  type: true,
  status: true,
  title: true,
  localityCode: true,
  timeline: true,
  answer: true,
  answeredAt: true,
  createdAt: true,
  unit: true,
  dueAt: true,
  resolvedAt: true,
} as const

export type PublicReport = Pick<Report, 'id' | keyof typeof PUBLIC_REPORT_SELECT>

/** A stored report as read for a sender: the public fields plus what proves the sender's right. */
export type ReportForSender = PublicReport & Pick<Report, 'reporterPhoneHash'>

export const REPORT_FOR_SENDER_SELECT = { ...PUBLIC_REPORT_SELECT, reporterPhoneHash: true } as const

/** Copies only the public fields, so nothing else can reach a resolver by accident. */
export function toPublicReport(report: PublicReport): PublicReport {
  return {
    id: report.id,
    trackingCode: report.trackingCode,
    type: report.type,
    status: report.status,
    title: report.title,
    localityCode: report.localityCode,
    // Entry by entry: who acted is for officers, the public timeline says what and when.
    timeline: report.timeline?.map((entry) => ({ status: entry.status, at: entry.at, note: entry.note })),
    answer: report.answer,
    answeredAt: report.answeredAt,
    createdAt: report.createdAt,
    unit: report.unit,
    dueAt: report.dueAt,
    resolvedAt: report.resolvedAt,
  }
}
