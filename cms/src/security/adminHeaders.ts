/**
 * Security headers of every CMS response (admin pages, /api/*, /preview/*), set by `src/proxy.ts`.
 *
 * Scripts: 'self' plus a per-request nonce, which Next puts on its own inline scripts (the RSC payload)
 * when it finds the nonce in the request's CSP; 'strict-dynamic' lets those load their chunks.
 * Styles: 'unsafe-inline', because the admin (Payload's React components, Lexical, react-select) sets
 * `style` attributes and injects <style> elements, which a nonce cannot cover.
 */
export function contentSecurityPolicy(nonce: string, development = false): string {
  return [
    "default-src 'self'",
    // `next dev` evaluates modules with eval (React's debugging); a production build never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // Upload previews are shown from data: and blob: URLs before the file is saved.
    "img-src 'self' data: blob:",
    "media-src 'self' blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')
}

/** A random nonce per response, as the CSP spec asks (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return btoa(String.fromCharCode(...bytes))
}

/** One year; sent only over TLS, since browsers ignore it on plain HTTP and a local run has none. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000; includeSubDomains'

/**
 * Whether the browser reached the admin over TLS: directly, through a proxy that says so in
 * X-Forwarded-Proto, or because the configured public URL (CMS_PUBLIC_URL) is https.
 */
export function servedOverTls(requestUrl: string, forwardedProto: string | null, publicUrl?: string): boolean {
  if (forwardedProto?.split(',')[0]?.trim().toLowerCase() === 'https') return true
  if (new URL(requestUrl).protocol === 'https:') return true
  return publicUrl?.toLowerCase().startsWith('https://') ?? false
}

/** Headers that do not depend on the request, for next.config's `headers()` as well as the proxy. */
export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
}
