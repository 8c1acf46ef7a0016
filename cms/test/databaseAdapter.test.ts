import { expect, it } from '@jest/globals'
import { databaseAdapterFor, dialectOf } from '../src/db/databaseAdapter.ts'
import { readCmsEnv } from '../src/config/cmsEnv.ts'

it('picks the Payload adapter from the DATABASE_URL scheme', () => {
  expect(databaseAdapterFor('file:/tmp/caunoi.db').name).toBe('sqlite')
  expect(databaseAdapterFor('postgres://postgres@127.0.0.1:5432/caunoi').name).toBe('postgres')
  expect(databaseAdapterFor('mongodb://127.0.0.1:27017/caunoi').name).toBe('mongoose')
})

it('rejects an unsupported scheme with a message naming DATABASE_URL', () => {
  expect(() => dialectOf('mysql://root@localhost/caunoi')).toThrow(/DATABASE_URL/)
  expect(() => readCmsEnv({ DATABASE_URL: 'mysql://root@localhost/caunoi' } as unknown as NodeJS.ProcessEnv)).toThrow(
    /DATABASE_URL/,
  )
})

it('demands a real secret in production but not while Next builds', () => {
  expect(() => readCmsEnv({ NODE_ENV: 'production' } as NodeJS.ProcessEnv)).toThrow(/PAYLOAD_SECRET: missing/)
  expect(
    readCmsEnv({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' } as NodeJS.ProcessEnv).secret,
  ).toBeTruthy()
  expect(readCmsEnv({} as NodeJS.ProcessEnv).databaseUrl).toMatch(/^file:.*\.data\/caunoi\.db$/)
})
