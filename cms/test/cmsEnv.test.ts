import { expect, it } from '@jest/globals'
import { readCmsEnv } from '../src/config/cmsEnv.ts'

it('sends session cookies over HTTPS only when the public URL is https', () => {
  expect(readCmsEnv({ CMS_PUBLIC_URL: 'https://cms.caunoi.gov.vn' }).secureCookies).toBe(true)
  expect(readCmsEnv({ CMS_PUBLIC_URL: 'http://localhost:3000' }).secureCookies).toBe(false)
  expect(readCmsEnv({}).secureCookies).toBe(false)
})

it('trusts X-Forwarded-For for staff logins only when TRUST_PROXY=true', () => {
  expect(readCmsEnv({}).staffLogins).toEqual({ trustProxy: false, redis: undefined })
  expect(readCmsEnv({ TRUST_PROXY: 'true', REDIS_URL: 'redis://127.0.0.1:6379' }).staffLogins).toEqual({
    trustProxy: true,
    redis: { url: 'redis://127.0.0.1:6379', prefix: 'caunoi' },
  })
  expect(() => readCmsEnv({ TRUST_PROXY: 'yes' })).toThrow(/TRUST_PROXY/)
})
