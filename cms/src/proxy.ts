import { NextResponse, type NextRequest } from 'next/server'
import {
  contentSecurityPolicy,
  newNonce,
  servedOverTls,
  STATIC_SECURITY_HEADERS,
  STRICT_TRANSPORT_SECURITY,
} from './security/adminHeaders.ts'

/** Payload reads the admin language from this cookie before the browser's Accept-Language. */
const LANGUAGE_COOKIE = 'payload-lng'

/**
 * Every CMS response gets the security headers (see security/adminHeaders.ts); Next reads the nonce
 * from the request's Content-Security-Policy and puts it on the scripts it renders.
 *
 * The admin speaks Vietnamese unless the user picked English in their account settings: a browser
 * set to English (or a headless one) would otherwise get Payload's English UI.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce()
  const policy = contentSecurityPolicy(nonce, process.env.NODE_ENV === 'development')
  const setLanguage = request.nextUrl.pathname.startsWith('/admin') && !request.cookies.has(LANGUAGE_COOKIE)
  // Also rewrites the request's Cookie header, so this request already renders in Vietnamese.
  if (setLanguage) request.cookies.set(LANGUAGE_COOKIE, 'vi')
  const headers = new Headers(request.headers)
  headers.set('content-security-policy', policy)
  const response = NextResponse.next({ request: { headers } })
  if (setLanguage) response.cookies.set(LANGUAGE_COOKIE, 'vi', { path: '/', sameSite: 'lax' })
  response.headers.set('Content-Security-Policy', policy)
  for (const [name, value] of Object.entries(STATIC_SECURITY_HEADERS)) response.headers.set(name, value)
  if (servedOverTls(request.url, request.headers.get('x-forwarded-proto'), process.env.CMS_PUBLIC_URL)) {
    response.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY)
  }
  return response
}

// Every route: admin pages, /api/*, /preview/* and the static files (nosniff matters most there).
export const config = { matcher: '/:path*' }
