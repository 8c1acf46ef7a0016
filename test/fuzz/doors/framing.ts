import fc from 'fast-check'
import type { FuzzRequest } from '../fuzzRequest.ts'

/** A client that stops mid-body: half-closes, drops the connection, or announces more than it sends. */
const brokenFraming = fc
  .tuple(fc.constantFrom('cutShort', 'reset', 'longerLength'), fc.nat())
  .map(([how, at]) => (request: FuzzRequest): FuzzRequest => {
    const cut = request.body.length === 0 ? 0 : at % request.body.length
    const kind = `${request.kind}.${how}`
    if (how === 'cutShort') return { ...request, kind, body: request.body.subarray(0, cut), cutShort: true }
    if (how === 'reset')
      return { ...request, kind, body: request.body.subarray(0, cut), contentLength: request.body.length, reset: true }
    return { ...request, kind, contentLength: request.body.length + 1 + (at % 1000) }
  })

/** The door's requests, one in `every` of them sent with broken framing. */
export const sometimesBrokenOff = (requests: fc.Arbitrary<FuzzRequest>, every = 10): fc.Arbitrary<FuzzRequest> =>
  fc
    .tuple(requests, fc.integer({ min: 1, max: every }), brokenFraming)
    .map(([request, roll, breakOff]) => (roll === 1 && request.body.length > 0 ? breakOff(request) : request))
