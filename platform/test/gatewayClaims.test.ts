import { describe, expect, it } from '@jest/globals'
import { CLAIMS_HEADER, verifyClaims } from '../src/index.ts'
import { gatewayHeaders, requestFromGateway, TEST_CLAIMS_SECRET } from '../src/testing/index.ts'

describe('test helpers that stand in for the gateway', () => {
  it('sign the header the gateway would send to one subgraph for one client', () => {
    const headers = gatewayHeaders('reports', { clientAddress: '192.0.2.5' })
    expect(verifyClaims(headers[CLAIMS_HEADER]!, TEST_CLAIMS_SECRET, 'reports')).toEqual({
      audience: 'reports',
      clientAddress: '192.0.2.5',
    })
    expect(() => verifyClaims(headers[CLAIMS_HEADER]!, TEST_CLAIMS_SECRET, 'quizzes')).toThrow(/another subgraph/)
  })

  it('build an in-process request admitted exactly as a served subgraph admits it', () => {
    const identity = { userId: '9', kind: 'citizen' } as const
    const request = requestFromGateway('dossiers', { clientAddress: '192.0.2.6', identity })
    expect(request).toMatchObject({ clientAddress: '192.0.2.6', identity })
  })
})
