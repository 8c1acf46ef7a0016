import type { IncomingMessage } from 'node:http'
import { CLAIMS_HEADER, signClaims, type VerifiedClaims } from '../identity/signedClaims.ts'
import { admitCaller } from '../subgraph/callerOf.ts'
import type { SubgraphRequest } from '../subgraph/serveSubgraph.ts'

/** The claims secret test gateways and subgraphs share. */
export const TEST_CLAIMS_SECRET = 'test-claims-secret-0123456789abcdef0123'

/** A client as the gateway would describe it: an address (a documentation one by default), maybe an identity. */
export type TestCaller = { clientAddress?: string; identity?: VerifiedClaims }

/** The header the gateway adds to a call to the subgraph `audience` for this caller. */
export function gatewayHeaders(
  audience: string,
  { clientAddress = '203.0.113.10', identity }: TestCaller = {},
  secret = TEST_CLAIMS_SECRET,
): Record<string, string> {
  return { [CLAIMS_HEADER]: signClaims({ audience, clientAddress, identity }, secret) }
}

/**
 * A request as the subgraph `audience` receives it from the gateway for this caller, admitted as
 * serveSubgraph admits it: for suites that run a subgraph's operations in-process.
 */
export function requestFromGateway(
  audience: string,
  caller: TestCaller = {},
  secret = TEST_CLAIMS_SECRET,
): SubgraphRequest {
  const req = {
    headers: gatewayHeaders(audience, caller, secret),
    socket: { remoteAddress: '127.0.0.1' },
  } as unknown as IncomingMessage
  return { req, ...admitCaller(req, secret, audience) }
}
