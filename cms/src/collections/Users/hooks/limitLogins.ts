import { pbkdf2 } from 'node:crypto'
import { promisify } from 'node:util'
import {
  APIError,
  AuthenticationError,
  type CollectionAfterErrorHook,
  type CollectionAfterLoginHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'
import type { LoginAttempt, StaffLoginGuard } from '../../../security/staffLoginGuard.ts'

/** Every failed login, whether the e-mail exists or not (also the admin form's translation). */
export const STAFF_LOGIN_FAILED = 'Email hoặc mật khẩu không đúng.'
const STAFF_LOGIN_THROTTLED = 'Đăng nhập không thành công quá nhiều lần; vui lòng thử lại sau.'

/** What the login hooks need from the running CMS (config.custom.staffLogins). */
export type StaffLoginControl = { guard: StaffLoginGuard; trustProxy: boolean }

const controlOf = (req: PayloadRequest) =>
  (req.payload.config.custom as { staffLogins?: StaffLoginControl } | undefined)?.staffLogins

/**
 * The client, when it can be told: behind a trusted proxy the last X-Forwarded-For entry (the one
 * the proxy wrote). Without one, Next passes a client's own header through, so nothing is trusted.
 */
export function clientOfLogin(headers: Headers, trustProxy: boolean): string | null {
  if (!trustProxy) return null
  const last = headers.get('x-forwarded-for')?.split(',').at(-1)?.trim()
  return last ? last : null
}

const ATTEMPT = 'staffLoginAttempt'

// Payload's current password hash (pbkdf2-sha256-v1: 600 000 rounds, 32 bytes), for unknown e-mails.
const hashLikePayload = promisify(pbkdf2)
const DUMMY_SALT = 'f'.repeat(64)

/**
 * Payload answers an unknown e-mail at once but hashes the password of a known one: for an unknown
 * e-mail the same hash is computed here, so the time taken does not tell which e-mails exist.
 */
async function hashForUnknownAccount(req: PayloadRequest, account: string, password: unknown) {
  const user = await req.payload.db.findOne({ collection: 'users', where: { email: { equals: account } }, req })
  if (!user) await hashLikePayload(typeof password === 'string' ? password : '', DUMMY_SALT, 600_000, 32, 'sha256')
}
const attemptOf = (req: PayloadRequest) => req.context[ATTEMPT] as LoginAttempt | undefined

/** Before a login: refuses (429, Retry-After) while this client or this account must wait. */
const throttleLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  const control = controlOf(req)
  if (operation !== 'login' || !control) return args
  const data = (args as { data?: { email?: unknown; username?: unknown; password?: unknown } }).data
  const typed = typeof data?.email === 'string' ? data.email : typeof data?.username === 'string' ? data.username : ''
  const attempt: LoginAttempt = {
    client: clientOfLogin(req.headers, control.trustProxy),
    account: typed.toLowerCase().trim(),
  }
  if (!attempt.account) return args
  const wait = await control.guard.waitBeforeLogin(attempt)
  if (wait > 0) {
    const headers = req.responseHeaders ?? new Headers()
    headers.set('Retry-After', String(wait))
    req.responseHeaders = headers
    throw new APIError(STAFF_LOGIN_THROTTLED, 429, { retryAfterSeconds: wait }, true)
  }
  req.context[ATTEMPT] = attempt
  await hashForUnknownAccount(req, attempt.account, data?.password)
  return args
}

/** A failed login (unknown e-mail or wrong password): counted, and answered with one message. */
const countFailedLogin: CollectionAfterErrorHook = async ({ error, req }) => {
  const attempt = attemptOf(req)
  const control = controlOf(req)
  if (!attempt || !control || !(error instanceof AuthenticationError)) return
  await control.guard.recordFailure(attempt)
  return { response: { errors: [{ message: STAFF_LOGIN_FAILED }] }, status: 401 }
}

/** A successful login forgets this client's failures on the account. */
const forgetFailures: CollectionAfterLoginHook = async ({ req }) => {
  const attempt = attemptOf(req)
  if (attempt) await controlOf(req)?.guard.recordSuccess(attempt)
}

export const limitLogins = {
  beforeOperation: [throttleLogin],
  afterError: [countFailedLogin],
  afterLogin: [forgetFailures],
}
