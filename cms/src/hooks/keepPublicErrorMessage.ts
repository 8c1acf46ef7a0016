import type { AfterErrorHook } from 'payload'

const UNKNOWN = 'An unknown error occurred.'

/**
 * The admin's production bundle minifies class names, so an error our hooks throw (an APIError with
 * a Vietnamese reason) reaches Payload's REST formatter with an empty `name`, and the formatter
 * replaces its message with "An unknown error occurred.". A public error keeps its own message.
 */
export const keepPublicErrorMessage: AfterErrorHook = ({ error, result }) => {
  const { status, isPublic, data } = error as Error & {
    status?: number
    isPublic?: boolean
    data?: Record<string, unknown> | null
  }
  const public_ = isPublic === true || (isPublic !== false && typeof status === 'number' && status < 500)
  const [only, ...more] = result?.errors ?? []
  if (!public_ || !error.message || more.length > 0 || only?.message !== UNKNOWN) return undefined
  return { response: { errors: [{ message: error.message, ...(data ? { data } : {}) }] } }
}
