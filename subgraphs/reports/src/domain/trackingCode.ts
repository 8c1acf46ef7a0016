import type { Report } from '@caunoi/cms'
import { normalizeCrockford, randomCrockford } from './crockford.ts'

type ReportType = Report['type']

/** The type shows in the code, so an officer reading one over the phone knows what it is about. */
export const TRACKING_CODE_PREFIXES: Record<ReportType, string> = {
  ADMIN_FEEDBACK: 'PA', // phản ánh, kiến nghị
  CRIME_TIP: 'TB', // tin báo, tố giác
  TRAFFIC_VIOLATION: 'GT', // giao thông
  PUBLIC_ORDER: 'TT', // trật tự công cộng
}

const KNOWN_PREFIXES = new Set(Object.values(TRACKING_CODE_PREFIXES))

/** 10 symbols = 50 random bits: unguessable, yet short enough to read out ("GT-7K3M9-QXD2T"). */
export const TRACKING_CODE_RANDOM_LENGTH = 10

function format(prefix: string, body: string): string {
  return `${prefix}-${body.slice(0, 5)}-${body.slice(5)}`
}

export function generateTrackingCode(type: ReportType): string {
  return format(TRACKING_CODE_PREFIXES[type], randomCrockford(TRACKING_CODE_RANDOM_LENGTH))
}

/**
 * The canonical form of a tracking code as a citizen typed it ("gt 7k3m9 qxd2t", "GT-7K3M9-QXD2T",
 * "GT7K3M9OXD2T"), or null when it cannot be one.
 */
export function normalizeTrackingCode(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s\-_.]/g, '')
  const prefix = compact.slice(0, 2)
  if (!KNOWN_PREFIXES.has(prefix)) return null
  const body = normalizeCrockford(compact.slice(2))
  if (body === null || body.length !== TRACKING_CODE_RANDOM_LENGTH) return null
  return format(prefix, body)
}
