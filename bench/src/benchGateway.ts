// `npm run bench:gateway`: seeded subgraphs, then each gateway in turn under the same load, on
// 127.0.0.1 only. Prints a table and records it in docs/benchmarks.md. Bounded: BENCH_SECONDS per
// operation and gateway (default 10) at BENCH_CONNECTIONS (default 32).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { findRepoRoot } from '@caunoi/platform'
import autocannon from 'autocannon'
import { BENCH_OPERATIONS } from './operations.ts'
import { peakRssMb, startChild, stopChild } from './processes.ts'
import type { SubgraphsReady } from './subgraphsReady.ts'
import { writeSupergraph } from './supergraphFile.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10)
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32)
const WARMUP_SECONDS = 2

type Row = {
  target: string
  operation: string
  requestsPerSecond: number
  p50: number
  p99: number
  errors: number
  peakRssMb?: number
}

const ALL_TARGETS = [
  { kind: 'caunoi-cache-off', label: 'this gateway, cache off' },
  { kind: 'caunoi-cache-on', label: 'this gateway, cache on' },
  { kind: 'apollo-stock', label: 'stock @apollo/gateway 2.14 on @apollo/server 5' },
  { kind: 'hive', label: 'Hive Gateway 2.15' },
] as const
/** BENCH_TARGETS=caunoi-cache-off,apollo-stock measures only those (the floor is always measured). */
const TARGETS = ALL_TARGETS.filter(
  (target) => !process.env.BENCH_TARGETS || process.env.BENCH_TARGETS.split(',').includes(target.kind),
)

const log = (line: string) => process.stderr.write(`${line}\n`)

/** One request first: a target that answers with errors is measured, but flagged. */
async function checkAnswer(url: string, query: string, variables: object): Promise<string | undefined> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  })
  const body = (await response.json()) as { errors?: { message: string }[] }
  return response.ok && !body.errors ? undefined : `HTTP ${response.status} ${JSON.stringify(body.errors ?? body)}`
}

async function load(url: string, query: string, variables: object[], seconds: number) {
  const bodies = variables.map((v) => JSON.stringify({ query, variables: v }))
  return autocannon({
    url,
    method: 'POST',
    connections: CONNECTIONS,
    duration: seconds,
    headers: { 'content-type': 'application/json' },
    requests: [
      { setupRequest: (request) => ({ ...request, body: bodies[Math.floor(Math.random() * bodies.length)] }) },
    ],
  })
}

async function measure(target: string, url: string, pid: number | undefined, direct: boolean): Promise<Row[]> {
  const rows: Row[] = []
  for (const operation of BENCH_OPERATIONS) {
    const query = (direct && operation.directQuery) || operation.query
    const variables = operation.variants ?? [operation.variables]
    const problem = await checkAnswer(url, query, operation.variables)
    if (problem) log(`  ! ${target} / ${operation.name}: ${problem.slice(0, 300)}`)
    await load(url, query, variables, WARMUP_SECONDS)
    log(`  ${target} / ${operation.name}: ${SECONDS}s at ${CONNECTIONS} connections…`)
    const result = await load(url, query, variables, SECONDS)
    rows.push({
      target,
      operation: operation.name,
      requestsPerSecond: Math.round(result.requests.average),
      p50: result.latency.p50,
      p99: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx + (problem ? 1 : 0),
      peakRssMb: peakRssMb(pid),
    })
  }
  return rows
}

function table(rows: Row[]): string {
  const stock = new Map(rows.filter((r) => r.target.startsWith('stock')).map((r) => [r.operation, r.requestsPerSecond]))
  const lines = [
    '| operation | target | req/s | p50 ms | p99 ms | errors | peak RSS MB | × stock |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ]
  for (const operation of BENCH_OPERATIONS) {
    for (const row of rows.filter((r) => r.operation === operation.name)) {
      const ratio = stock.get(row.operation) ? (row.requestsPerSecond / stock.get(row.operation)!).toFixed(2) : '–'
      lines.push(
        `| ${row.operation} | ${row.target} | ${row.requestsPerSecond} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.peakRssMb ?? '?'} | ${ratio} |`,
      )
    }
  }
  return lines.join('\n')
}

const dir = mkdtempSync(join(tmpdir(), 'caunoi-bench-'))
const subgraphs = await startChild(new URL('./serveSubgraphs.ts', import.meta.url), [])
const rows: Row[] = []
try {
  const { content, reports } = JSON.parse(subgraphs.ready) as SubgraphsReady
  const urls = { content, reports }
  log(`subgraphs ready: ${JSON.stringify(urls)}`)
  const supergraphPath = writeSupergraph(dir, urls)

  for (const [index, target] of TARGETS.entries()) {
    log(`[${index + 1}/${TARGETS.length + 1}] ${target.label}`)
    const gateway = await startChild(new URL('./serveGateway.ts', import.meta.url), [target.kind, supergraphPath])
    try {
      rows.push(...(await measure(target.label, gateway.ready, gateway.process.pid, false)))
    } finally {
      await stopChild(gateway)
    }
  }
  log(`[${TARGETS.length + 1}/${TARGETS.length + 1}] content subgraph called directly (the floor)`)
  rows.push(...(await measure('content subgraph directly', urls.content!, undefined, true)))
} finally {
  await stopChild(subgraphs)
  rmSync(dir, { recursive: true, force: true })
}

const result = table(rows)
process.stdout.write(`\n${result}\n`)

const cpu = cpus()[0]?.model ?? 'unknown CPU'
const machine = `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GB RAM, Node ${process.version}`
const section = `## ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC — ${machine}

${CONNECTIONS} connections, ${SECONDS} s per operation and target after ${WARMUP_SECONDS} s of warm-up; subgraphs on a
seeded SQLite database in one process, each gateway in its own process, autocannon in the driver, all on
127.0.0.1. The floor row is the content subgraph alone (the home screen without \`reportStats\`). Peak RSS is
the gateway process's high-water mark.

${result}
`
const docs = join(findRepoRoot(), 'docs', 'benchmarks.md')
let existing = '# Gateway benchmarks\n\nRecorded by `npm run bench:gateway`; newest first.\n\n'
try {
  existing = readFileSync(docs, 'utf8')
} catch {
  // First run: the file is created with its heading.
}
const [heading, ...rest] = existing.split(/\n(?=## )/)
writeFileSync(docs, [heading!.trimEnd() + '\n', section, ...rest].join('\n'))
log(`recorded in ${docs}`)
