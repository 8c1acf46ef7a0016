import type { FuzzRequest } from './fuzzRequest.ts'
import type { RawAnswer } from './sendRaw.ts'

/**
 * 5xx answers that are documented behaviour, each with its reason. Empty: every bad request is
 * the client's fault (4xx), and a subgraph being down is only seen after a recorded crash.
 */
export const ALLOWED_5XX: { door: FuzzRequest['door']; status: number; reason: string }[] = []

/** What a client must never read: a stack frame, a path on the server, a source file position. */
export const LEAKS: { name: string; pattern: RegExp }[] = [
  {
    name: 'stack frame',
    pattern: /\bat (?:async )?(?:[\w$.<>[\]]+ )?\(?(?:file:\/\/|node:|\/)[^\s)]*:\d+(?::\d+)?\)?/,
  },
  { name: 'server path', pattern: /\/work\// },
  { name: 'node_modules', pattern: /node_modules/ },
  { name: 'TypeScript source position', pattern: /\.ts:\d/ },
]

export type Problem = { kind: 'status' | 'leak' | 'no answer'; detail: string }

/** The problems of one answer; a pattern the request itself carried may be echoed back and is not a leak. */
export function problemsOf(request: FuzzRequest, answer: RawAnswer, owesAnswer: boolean): Problem[] {
  const problems: Problem[] = []
  if (answer.status >= 500 && !ALLOWED_5XX.some((a) => a.door === request.door && a.status === answer.status)) {
    problems.push({ kind: 'status', detail: `HTTP ${answer.status}: ${answer.body.slice(0, 300)}` })
  }
  // A large body refused early (413) is answered and closed before it is all sent: the reset is the refusal.
  const refusedEarly = ['EPIPE', 'ECONNRESET'].includes(answer.failure ?? '') && request.body.length > 60_000
  if (answer.status === 0 && !refusedEarly && (owesAnswer || answer.failure === 'timeout')) {
    problems.push({ kind: 'no answer', detail: `no answer (${answer.failure})` })
  }
  const sent = `${request.path}\n${request.headers.map((h) => h.join(': ')).join('\n')}\n${Buffer.from(request.body).toString('utf8')}`
  for (const leak of LEAKS) {
    const found = leak.pattern.exec(answer.body)
    if (found && !leak.pattern.test(sent)) {
      const at = Math.max(0, found.index - 80)
      problems.push({ kind: 'leak', detail: `${leak.name} in the body: …${answer.body.slice(at, found.index + 120)}…` })
    }
  }
  return problems
}
