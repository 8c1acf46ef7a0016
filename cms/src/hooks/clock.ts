import type { RequestContext } from 'payload'

/**
 * The time hooks take as "now": `context.now` when a caller (a test's fake clock, a replay) passes
 * one through the Local API, otherwise the real clock.
 */
export function nowFrom(context: RequestContext | undefined): Date {
  const given = context?.now
  return given instanceof Date ? given : typeof given === 'string' ? new Date(given) : new Date()
}
