import type { IncomingMessage } from 'node:http'
import { CLAIMS_HEADER, InvalidClaimsError, verifyClaims, type VerifiedClaims } from '../identity/signedClaims.ts'

/** Who a subgraph request comes from: the client (for per-client limits) and, if verified, the caller. */
export type Caller = { clientAddress: string; identity?: VerifiedClaims }

const admitted = new WeakMap<IncomingMessage, Caller>()

function peerOf(req: Pick<IncomingMessage, 'socket'>): Caller {
  return { clientAddress: req.socket?.remoteAddress ?? 'unknown' }
}

/**
 * Reads the envelope the gateway signed for this subgraph (`audience`) and remembers the caller for the
 * request. Without an envelope the caller is the socket's peer (a direct caller, never a header it sent);
 * an envelope that is present but not valid for this subgraph (forged, tampered, expired, for another
 * subgraph, or no secret to check it) is InvalidClaimsError, never anonymous.
 */
export function admitCaller(req: IncomingMessage, claimsSecret: string | undefined, audience: string): Caller {
  const header = req.headers[CLAIMS_HEADER]
  let caller: Caller
  if (header === undefined) caller = peerOf(req)
  else if (!claimsSecret || typeof header !== 'string') throw new InvalidClaimsError('claims cannot be verified')
  else {
    const { clientAddress, identity } = verifyClaims(header, claimsSecret, audience)
    caller = identity ? { clientAddress, identity } : { clientAddress }
  }
  admitted.set(req, caller)
  return caller
}

/**
 * The one answer to "who is the client" in a subgraph: what admitCaller verified for this request;
 * a request it never admitted counts as its socket's peer.
 */
export function callerOf(req: IncomingMessage): Caller {
  return admitted.get(req) ?? peerOf(req)
}
