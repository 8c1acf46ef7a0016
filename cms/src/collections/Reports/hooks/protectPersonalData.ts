import type { FieldHook, PayloadRequest } from 'payload'
import { handlingUnitOnly } from '../../../access/handlingUnitOnly.ts'
import {
  decryptPersonalData,
  encryptPersonalData,
  isEncrypted,
  reportsEncryptionKeys,
  type PersonalDataKeys,
} from '../../../security/personalData.ts'

type ReportsKeys = Pick<PersonalDataKeys, 'encryption'>
const keys = new Map<string, ReportsKeys>()
function keyOf(secret: string): ReportsKeys {
  let key = keys.get(secret)
  if (!key) keys.set(secret, (key = reportsEncryptionKeys(secret)))
  return key
}
const keyFor = (req: PayloadRequest) => keyOf(req.payload.config.secret)

type Identity = Record<string, string | null | undefined>

const mapValues = (value: Identity, f: (v: string) => string): Identity =>
  Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === 'string' && v ? f(v) : v]))

/** Reporter identity as stored: encrypted field by field, under the reports key of `secret`. */
export const protectedIdentity = <T extends Identity>(secret: string, identity: T): T =>
  mapValues(identity, (v) => (isEncrypted(v) ? v : encryptPersonalData(keyOf(secret), v))) as T

/** The place as stored: a crime tip's is encrypted like the identity; other places stay searchable. */
export const protectedPlace = (secret: string, type: string | undefined, place: unknown): unknown =>
  type === 'CRIME_TIP' && typeof place === 'string' && place && !isEncrypted(place)
    ? encryptPersonalData(keyOf(secret), place)
    : place

export const encryptIdentity: FieldHook = ({ value, req }) =>
  value && typeof value === 'object' ? protectedIdentity(req.payload.config.secret, value as Identity) : value

/**
 * Set in `req.context` while a hook writes to another report on its own (no officer looks at it):
 * the reads that write makes are not views of anyone's identity.
 */
const UNVIEWED_WRITE = 'unviewedReportWrite'

/**
 * Runs `work` (Local API calls with this `req`) without logging views. Payload gives a nested call
 * a merged copy of `req.context`, so the flag is cleared from whichever object holds it afterwards.
 */
export async function withoutViewLog<T>(req: PayloadRequest, work: () => Promise<T>): Promise<T> {
  const context = req.context
  context[UNVIEWED_WRITE] = true
  try {
    return await work()
  } finally {
    delete context[UNVIEWED_WRITE]
    delete req.context[UNVIEWED_WRITE]
  }
}

/**
 * Decrypts the identity for a reader that field access let through, and logs the view: who saw
 * which report. Reads by the services themselves (no user) are not views.
 */
export const revealIdentity: FieldHook = async ({ value, req, data, originalDoc, overrideAccess }) => {
  if (!value || typeof value !== 'object') return value
  const identity = mapValues(value as Identity, (v) => decryptPersonalData(keyFor(req), v))
  const report = (originalDoc ?? data) as { id?: number; trackingCode?: string } | undefined
  // Payload runs this hook before it drops a field the reader may not see: only real views count.
  const visible = overrideAccess || handlingUnitOnly({ req, doc: report as Record<string, unknown> })
  const shown = visible && Object.values(identity).some((v) => typeof v === 'string' && v)
  if (shown && req.user && !req.context[UNVIEWED_WRITE] && report?.id && report.trackingCode) {
    // Inside an update, in its transaction (a separate write would wait on the report's row lock);
    // a plain read has no transaction and the log entry commits on its own.
    await req.payload.create({
      collection: 'personalDataAccessLog',
      data: { user: req.user.id as number, report: report.id, trackingCode: report.trackingCode },
      ...(req.transactionID ? { req } : {}),
      // Depth 0: populating the report would read its identity again, as this user, and log again.
      depth: 0,
      overrideAccess: true,
    })
  }
  return identity
}

export const encryptPlaceOfTip: FieldHook = ({ value, req, siblingData, originalDoc }) =>
  protectedPlace(
    req.payload.config.secret,
    (siblingData as { type?: string }).type ?? (originalDoc as { type?: string } | undefined)?.type,
    value,
  )

export const decryptPlace: FieldHook = ({ value, req }) =>
  isEncrypted(value) ? decryptPersonalData(keyFor(req), value) : value
