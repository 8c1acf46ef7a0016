import fc from 'fast-check'
import type { ProcessName, ProcessStack } from '../support/processStack.ts'
import { problemsOf } from './checks.ts'
import { describeRequest } from './describeRequest.ts'
import { attachmentRequests } from './doors/attachments.ts'
import { ADMIN_TOKEN_PLACEHOLDER, cmsRequests } from './doors/cms.ts'
import { dossierImportRequests, PARTNER_KEY_PLACEHOLDER } from './doors/dossierImport.ts'
import { graphqlRequests } from './doors/graphql.ts'
import { open311Requests } from './doors/open311.ts'
import { DOORS, owesAnswer, type Door, type FuzzRequest, type Target } from './fuzzRequest.ts'
import { sendRaw, type RawAnswer } from './sendRaw.ts'

const GENERATORS: Record<Door, fc.Arbitrary<FuzzRequest>> = {
  graphql: graphqlRequests,
  attachments: attachmentRequests,
  open311: open311Requests,
  dossierImport: dossierImportRequests,
  cms: cmsRequests,
}

/** Out of every 20 requests: the public GraphQL endpoint gets most, each other door its share. */
const SHARES: Record<Door, number> = { graphql: 8, attachments: 3, open311: 4, dossierImport: 2, cms: 3 }

/** Requests are generated in chunks, so a run of any length holds only a few in memory. */
const CHUNK = 50

export type Violation = {
  door: Door
  /** The request's place among its door's requests for this seed and run length. */
  index: number
  kind: 'status' | 'leak' | 'no answer' | 'exit' | 'unhealthy'
  detail: string
  /** The generator's name of the request (e.g. "cms.read"), when one request is to blame. */
  requestKind?: string
  request?: string
}

export type FuzzOptions = {
  stack: ProcessStack
  seed: number
  runs: number
  concurrency?: number
  doors?: readonly Door[]
  onProgress?: (done: number, outcome: FuzzOutcome) => void
}

export type FuzzOutcome = {
  seed: number
  sent: number
  /** Answers per door, by HTTP status (or why none came). */
  counts: Record<string, Record<string, number>>
  violations: Violation[]
  /** Answers that came while a crashed process was down: counted, but the crash is the violation. */
  afterCrash: number
}

const doorSeed = (seed: number, door: Door, chunk: number) =>
  (seed ^ Math.imul(DOORS.indexOf(door) + 1, 0x9e3779b1) ^ Math.imul(chunk + 1, 0x85ebca6b)) | 0

/** The requests of one door, in the same order for the same seed. */
function doorSequence(seed: number, door: Door) {
  let chunk = -1
  let cached: FuzzRequest[] = []
  return (index: number): FuzzRequest => {
    if (Math.floor(index / CHUNK) !== chunk) {
      chunk = Math.floor(index / CHUNK)
      cached = fc.sample(GENERATORS[door], { seed: doorSeed(seed, door, chunk), numRuns: CHUNK })
    }
    return cached[index % CHUNK]!
  }
}

const portOf = (url: string) => Number(new URL(url).port)

async function adminToken(stack: ProcessStack): Promise<string> {
  const response = await fetch(`${stack.cmsUrl()}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(stack.admin),
  })
  const body = (await response.json()) as { token?: string }
  if (!body.token) throw new Error(`the demo admin could not log in to the CMS: ${response.status}`)
  return body.token
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Polls until the gateway sees every subgraph and the CMS answers (after a restart). */
async function waitHealthy(stack: ProcessStack, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const health = await stack.health()
    if (health.ok || Date.now() > deadline) return health
    await sleep(500)
  }
}

/** The fatal error a crashed process wrote last: its messages with the first frames of each stack. */
function tailOf(output: string): string {
  const kept: string[] = []
  let frames = 0
  for (const line of output.trim().split('\n').slice(-40)) {
    frames = /^\s+at /.test(line) ? frames + 1 : 0
    if (frames <= 2) kept.push(line)
  }
  return kept.slice(-16).join('\n').slice(-2500)
}

/**
 * Sends `runs` generated requests across the doors with a small concurrency and checks each
 * answer (no 5xx, no leak, an answer when one is owed) and that no process exits. A crashed
 * process is recorded with the requests in flight, the culprit found by replaying them one by
 * one, and restarted so the run goes on.
 */
export async function runFuzz(options: FuzzOptions): Promise<FuzzOutcome> {
  const { stack, seed, runs, concurrency = 4, doors = DOORS } = options
  const outcome: FuzzOutcome = { seed, sent: 0, counts: {}, violations: [], afterCrash: 0 }
  const token = await adminToken(stack)
  const secrets = (value: string) =>
    value.replaceAll(PARTNER_KEY_PLACEHOLDER, stack.partnerApiKey).replaceAll(ADMIN_TOKEN_PLACEHOLDER, token)
  const ports = (): Record<Target, number> => ({
    gateway: portOf(stack.gatewayUrl),
    reports: portOf(stack.subgraphBase('reports')),
    dossiers: portOf(stack.subgraphBase('dossiers')),
    cms: portOf(stack.cmsUrl()),
  })
  const send = (request: FuzzRequest): Promise<RawAnswer> =>
    sendRaw({ ...request, headers: request.headers.map(([n, v]) => [n, secrets(v)]) }, ports()[request.target])

  const pattern = doors.flatMap((door) => Array<Door>(SHARES[door]).fill(door))
  const sequences = Object.fromEntries(doors.map((door) => [door, doorSequence(seed, door)])) as Record<
    Door,
    (index: number) => FuzzRequest
  >
  const nextIndex = Object.fromEntries(doors.map((door) => [door, 0])) as Record<Door, number>
  type Sent = { door: Door; index: number; request: FuzzRequest }
  const inFlight = new Map<number, Sent>()
  // A process may die just after answering the request that killed it: those answered last are suspects too.
  const recent: Sent[] = []
  let recovering: Promise<void> | null = null
  let epoch = 0
  let next = 0

  const count = (door: Door, key: string) => {
    const byStatus = (outcome.counts[door] ??= {})
    byStatus[key] = (byStatus[key] ?? 0) + 1
  }

  /** Restarts what exited; when it is one request's doing, finds which by sending each suspect alone. */
  const recover = async (suspects: Sent[]) => {
    const crashed = stack.exited()
    for (const process of crashed) {
      const output = stack.processes[process.name].output()
      outcome.violations.push({
        door: suspects[0]?.door ?? 'graphql',
        index: suspects[0]?.index ?? -1,
        kind: 'exit',
        detail:
          `process "${process.name}" exited (${process.signal ?? `code ${process.code}`}) with ` +
          `${suspects.length} suspect request(s) (in flight or just answered); its last output:\n${tailOf(output)}`,
      })
    }
    const restart = async (names: ProcessName[]) => {
      for (const name of names) await stack.restart(name)
      await waitHealthy(stack)
      // The gateway's breaker stays open a few seconds after a subgraph came back.
      await sleep(6_000)
    }
    await restart(crashed.map((p) => p.name))
    for (const suspect of suspects) {
      await send(suspect.request)
      await sleep(1_000)
      const again = stack.exited()
      if (again.length === 0) continue
      outcome.violations.push({
        door: suspect.door,
        index: suspect.index,
        kind: 'exit',
        detail: `this request alone makes "${again.map((p) => p.name).join('", "')}" exit`,
        requestKind: suspect.request.kind,
        request: describeRequest(suspect.request),
      })
      await restart(again.map((p) => p.name))
    }
    epoch++
  }

  const worker = async () => {
    for (;;) {
      if (recovering) await recovering
      if (next >= runs) return
      const id = next++
      const door = pattern[id % pattern.length]!
      const index = nextIndex[door]++
      const request = sequences[door](index)
      const startedIn = epoch
      inFlight.set(id, { door, index, request })
      const answer = await send(request)
      inFlight.delete(id)
      recent.push({ door, index, request })
      if (recent.length > 2 * concurrency) recent.shift()
      outcome.sent++
      let problems = problemsOf(request, answer, owesAnswer(request))
      if (problems.some((p) => p.kind !== 'leak')) {
        // A crash elsewhere shows first as a 502 or a reset here: let the exit be seen before judging.
        await sleep(500)
        if (recovering || epoch !== startedIn || stack.exited().length > 0) {
          outcome.afterCrash++
          problems = problems.filter((p) => p.kind === 'leak')
        }
      }
      count(door, answer.status ? String(answer.status) : answer.failure!)
      for (const problem of problems) {
        outcome.violations.push({
          door,
          index,
          ...problem,
          requestKind: request.kind,
          request: describeRequest(request),
        })
      }
      if (stack.exited().length > 0 && !recovering) {
        const suspects = [...recent, ...inFlight.values()]
        recovering = recover(suspects).finally(() => (recovering = null))
      }
      if (outcome.sent % 250 === 0) options.onProgress?.(outcome.sent, outcome)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  if (recovering) await recovering

  const exited = stack.exited()
  const health = await stack.health()
  if (exited.length > 0 || !health.ok) {
    outcome.violations.push({
      door: 'graphql',
      index: -1,
      kind: 'unhealthy',
      detail: `at the end: exited ${JSON.stringify(exited)}, gateway /health ${health.gateway.status} ${health.gateway.body}, CMS ${health.cms}`,
    })
  }
  return outcome
}

/** Violations alike (same door, kind, generator and message, numbers aside) reported once, with a count. */
export function groupViolations(violations: Violation[]): { count: number; first: Violation }[] {
  const groups = new Map<string, { count: number; first: Violation }>()
  for (const violation of violations) {
    const message = violation.detail.split('\n')[0]!.slice(0, 160).replace(/\d+/g, '#')
    const key = `${violation.door}|${violation.kind}|${violation.requestKind ?? ''}|${message}`
    const group = groups.get(key)
    if (group) group.count++
    else groups.set(key, { count: 1, first: violation })
  }
  return [...groups.values()]
}

/** Each kind of violation once, as the report prints it: how often, the first request, how to replay the run. */
export function describeViolations(outcome: FuzzOutcome, runs: number): string[] {
  const replay = `FUZZ_SEED=${outcome.seed} FUZZ_RUNS=${runs} npm run fuzz`
  return groupViolations(outcome.violations).map(({ count, first }) =>
    [
      `[${first.door} #${first.index}${count > 1 ? `, and ${count - 1} more like it` : ''}] ${first.kind}: ${first.detail}`,
      ...(first.request ? [first.request] : []),
      `  seed ${outcome.seed}; replay: ${replay}`,
    ].join('\n'),
  )
}

/** Answers by door and status, one line per door. */
export function describeCounts(outcome: FuzzOutcome): string {
  return Object.entries(outcome.counts)
    .map(([door, statuses]) => {
      const total = Object.values(statuses).reduce((sum, n) => sum + n, 0)
      const parts = Object.entries(statuses)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([status, n]) => `${status}×${n}`)
      return `  ${door.padEnd(14)} ${String(total).padStart(6)}  ${parts.join(' ')}`
    })
    .join('\n')
}
