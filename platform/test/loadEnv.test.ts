import { expect, it } from '@jest/globals'
import { loadEnv, portVar, z } from '../src/config/loadEnv.ts'

it('reads typed settings with defaults', () => {
  expect(loadEnv('svc', { PORT_A: portVar(4001), NAME: z.string().default('x') }, {})).toEqual({
    PORT_A: 4001,
    NAME: 'x',
  })
  expect(loadEnv('svc', { PORT_A: portVar(4001) }, { PORT_A: '0' })).toEqual({ PORT_A: 0 })
})

it('names each missing or malformed variable in one clear error', () => {
  expect(() => loadEnv('gateway', { PORT_A: portVar(1), SECRET: z.string() }, { PORT_A: 'abc' })).toThrow(
    /gateway: invalid configuration\n {2}PORT_A: invalid value "abc".*\n {2}SECRET: missing/s,
  )
})
