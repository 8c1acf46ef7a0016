import { describe, expect, it } from '@jest/globals'
import { contentSecurityPolicy, newNonce, servedOverTls } from '../src/security/adminHeaders.ts'

describe("the admin's security headers", () => {
  it('allows scripts only from the admin itself and those carrying the nonce, and no framing', () => {
    const policy = contentSecurityPolicy('abc123')
    expect(policy).toContain("script-src 'self' 'nonce-abc123' 'strict-dynamic'")
    expect(policy).not.toContain('unsafe-eval')
    expect(policy).toContain("frame-ancestors 'none'")
    expect(policy).toContain("object-src 'none'")
    expect(contentSecurityPolicy('abc123', true)).toContain("'unsafe-eval'")
  })

  it('draws a new nonce for every response', () => {
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/)
    expect(newNonce()).not.toBe(newNonce())
  })

  it('counts a request as TLS when the proxy says https or the public URL is https, never otherwise', () => {
    expect(servedOverTls('http://127.0.0.1:3000/admin', 'https')).toBe(true)
    expect(servedOverTls('http://127.0.0.1:3000/admin', 'https, http')).toBe(true)
    expect(servedOverTls('https://cms.caunoi.vn/admin', null)).toBe(true)
    expect(servedOverTls('http://127.0.0.1:3000/admin', null, 'https://cms.caunoi.vn')).toBe(true)
    expect(servedOverTls('http://127.0.0.1:3000/admin', 'http', 'http://localhost:3000')).toBe(false)
    expect(servedOverTls('http://127.0.0.1:3000/admin', null)).toBe(false)
  })
})
