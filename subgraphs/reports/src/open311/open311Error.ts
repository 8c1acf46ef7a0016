import type { ServerResponse } from 'node:http'
import { problemsOf, sendJson, type FieldProblem } from '@caunoi/platform'

/** A refusal in the Open311 error format: HTTP status and [{ code, description }]. */
export class Open311Error extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 415,
    readonly descriptions: string[],
  ) {
    super(descriptions.join(' '))
  }
}

// The report model's field names, as the Open311 request spells them.
const OPEN311_FIELD: Record<string, string> = {
  type: 'service_code',
  content: 'description',
  localityCode: 'locality_code',
  place: 'address_string',
  vehiclePlate: 'attribute[vehicle_plate]',
  occurredAt: 'attribute[occurred_at]',
  anonymous: 'attribute[anonymous]',
  attachmentIds: 'attachment_ids',
  idempotencyKey: 'Idempotency-Key',
  reporter: 'first_name/last_name/phone/email',
  'reporter.name': 'first_name/last_name',
  'reporter.phone': 'phone',
  'reporter.email': 'email',
  coordinates: 'lat/long',
  mediaUrl: 'media_url',
}

const describeProblem = (p: FieldProblem) => `${OPEN311_FIELD[p.field] ?? p.field}: ${p.message}`

/** A 400 naming each failing field as the Open311 request spells it. */
export const invalidRequest = (problems: FieldProblem[]) => new Open311Error(400, problems.map(describeProblem))

/** The submit path's BAD_USER_INPUT, one Open311 error per failing field; anything else is not ours to map. */
export function fromBadUserInput(error: unknown): Open311Error | null {
  const problems = problemsOf(error)
  if (!problems) return null
  return new Open311Error(400, problems.length > 0 ? problems.map(describeProblem) : [(error as Error).message])
}

export function sendOpen311Error(res: ServerResponse, status: number, descriptions: string[]): void {
  sendJson(
    res,
    status,
    descriptions.map((description) => ({ code: status, description })),
  )
}
