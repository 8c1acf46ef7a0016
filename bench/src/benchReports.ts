// `npm run bench:reports`: submits citizen reports through the gateway at increasing concurrency on a
// fresh, seeded database (PostgreSQL unless BENCH_DATABASE=sqlite) and prints reports/s, latency
// percentiles, errors, and sent = acknowledged = stored. Deployed as `npm start` runs it: the
// subgraphs, the gateway and this driver are separate processes. Bounded in count and time; all
// traffic stays on 127.0.0.1.
//
// The reports mix feedback, public-order reports and anonymous crime tips (with the place of the
// tip, encrypted at rest) from every commune and ward the demo police units serve. BENCH_PLACES=1
// sends them all from one ward, the worst case of the duplicate check (it compares each new report
// with the locality's 200 newest texts). Traffic violations are left out: each needs a photo
// uploaded and re-encoded first, which is the upload endpoint's cost, not the receiving path's.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import Database from 'libsql'
import pg from 'pg'
import { Pool } from 'undici'
import { startChild, stopChild, type Child } from './processes.ts'
import type { SubgraphsReady } from './subgraphsReady.ts'
import { writeSupergraph } from './supergraphFile.ts'

const DIALECT = process.env.BENCH_DATABASE === 'sqlite' ? 'sqlite' : 'postgres'
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '4,16,32').split(',').map(Number)
const PER_LEVEL = Number(process.env.BENCH_REPORTS ?? 1_000)
const PLACES = Number(process.env.BENCH_PLACES ?? 0) || Infinity
const WARMUP_REPORTS = 200
const MAX_SECONDS_PER_LEVEL = 30

const SUBMIT = `mutation($input: SubmitReportInput!, $key: String) {
  submitReport(input: $input, idempotencyKey: $key) { trackingCode }
}`

const log = (line: string) => process.stderr.write(`${line}\n`)
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

const REPORTER = { name: 'Người thử nghiệm', phone: '0912345678' }

/** The n-th report of a level: unique text (the duplicate check reads them), type and place in turn. */
function submission(n: number, concurrency: number, places: string[]): string {
  const localityCode = places[n % places.length]!
  const content = `Phản ánh thử nghiệm số ${n} ở mức ${concurrency}: ${randomUUID()}`
  const inputs = [
    { type: 'ADMIN_FEEDBACK', localityCode, content, reporter: REPORTER },
    { type: 'PUBLIC_ORDER', localityCode, content, place: 'Ngõ 12, tổ dân phố 3', reporter: REPORTER },
    {
      type: 'CRIME_TIP',
      localityCode,
      content,
      anonymous: true,
      place: 'Bãi đất trống cạnh chợ',
      occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    },
  ]
  return JSON.stringify({ query: SUBMIT, variables: { input: inputs[n % inputs.length], key: randomUUID() } })
}

type Level = { concurrency: number; sent: number; acknowledged: number; seconds: number; latencies: number[] }

/** `total` submissions from `concurrency` clients, each sending its next one when answered. */
async function submit(gatewayUrl: string, places: string[], concurrency: number, total: number): Promise<Level> {
  const url = new URL(gatewayUrl)
  const pool = new Pool(url.origin, { connections: concurrency, pipelining: 1 })
  const level: Level = { concurrency, sent: 0, acknowledged: 0, seconds: 0, latencies: [] }
  const started = performance.now()
  const deadline = started + MAX_SECONDS_PER_LEVEL * 1000
  const client = async () => {
    while (level.sent < total && performance.now() < deadline) {
      const body = submission(level.sent++, concurrency, places)
      const t0 = performance.now()
      try {
        const response = await pool.request({
          path: url.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        })
        const answer = (await response.body.json()) as { data?: { submitReport?: { trackingCode?: string } } }
        if (response.statusCode === 200 && answer.data?.submitReport?.trackingCode) {
          level.acknowledged++
          level.latencies.push(performance.now() - t0)
        }
      } catch {
        // Counted as an error below: sent but not acknowledged.
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, client))
  level.seconds = (performance.now() - started) / 1000
  await pool.close()
  return level
}

async function storedReports(databaseUrl: string): Promise<number> {
  if (DIALECT === 'sqlite') {
    const file = databaseUrl.startsWith('file://') ? fileURLToPath(databaseUrl) : databaseUrl.slice('file:'.length)
    const db = new Database(file)
    try {
      return Number((db.prepare('select count(*) as n from reports').get() as { n: number }).n)
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    return Number((await client.query('select count(*) as n from reports')).rows[0].n)
  } finally {
    await client.end()
  }
}

// The services run as in production, where reporters' data needs its own key (a throwaway one here).
process.env.REPORTS_ENCRYPTION_KEY ??= randomBytes(32).toString('hex')
const dir = mkdtempSync(join(tmpdir(), 'caunoi-bench-reports-'))
const children: Child[] = []
try {
  log(`[1/3] subgraphs on a fresh, seeded ${DIALECT} database…`)
  const subgraphs = await startChild(new URL('./serveSubgraphs.ts', import.meta.url), [DIALECT])
  children.push(subgraphs)
  const { databaseUrl, reportPlaces, ...urls } = JSON.parse(subgraphs.ready) as SubgraphsReady
  const places = reportPlaces.slice(0, PLACES)
  log('[2/3] gateway…')
  const gateway = await startChild(new URL('./serveGateway.ts', import.meta.url), [
    'caunoi-cache-off',
    writeSupergraph(dir, urls),
  ])
  children.push(gateway)

  log(
    `[3/3] ${WARMUP_REPORTS} reports to warm up, then ${PER_LEVEL} per level at concurrency ${LEVELS.join(', ')}, ` +
      `from ${places.length} communes and wards`,
  )
  const warmup = await submit(gateway.ready, places, 4, WARMUP_REPORTS)
  const totals = { sent: warmup.sent, acknowledged: warmup.acknowledged }
  for (const concurrency of LEVELS) {
    const level = await submit(gateway.ready, places, concurrency, PER_LEVEL)
    totals.sent += level.sent
    totals.acknowledged += level.acknowledged
    const sorted = level.latencies.sort((a, b) => a - b)
    log(
      `concurrency ${String(concurrency).padStart(3)}: ${(level.acknowledged / level.seconds).toFixed(1)} reports/s, ` +
        `p50 ${percentile(sorted, 50).toFixed(1)} ms, p95 ${percentile(sorted, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(sorted, 99).toFixed(1)} ms, errors ${level.sent - level.acknowledged}`,
    )
  }
  const stored = await storedReports(databaseUrl)
  log(`sent ${totals.sent}, acknowledged ${totals.acknowledged}, stored ${stored}`)
  if (stored !== totals.acknowledged) {
    log('MISMATCH: stored reports differ from acknowledged ones')
    process.exitCode = 1
  }
} finally {
  for (const child of children.reverse()) await stopChild(child)
  rmSync(dir, { recursive: true, force: true })
}
