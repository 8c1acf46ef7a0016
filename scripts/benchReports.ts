// `npm run bench:reports`: submits reports through the gateway at increasing concurrency, on a
// fresh seeded database (PostgreSQL unless BENCH_DATABASE=sqlite), and prints reports/s,
// latency percentiles, errors, and sent = acknowledged = stored. Bounded in count and time;
// all traffic stays on 127.0.0.1. The client runs in the same process as the services.
import { randomUUID } from 'node:crypto'
import { startStack } from '../test/support/stack.ts'

process.env.LOG_LEVEL ??= 'error'
process.env.TEST_DATABASE = process.env.BENCH_DATABASE === 'sqlite' ? 'sqlite' : 'postgres'
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '4,16,32').split(',').map(Number)
const PER_LEVEL = Number(process.env.BENCH_REPORTS ?? 400)
const MAX_SECONDS_PER_LEVEL = 30

const SUBMIT = `mutation($input: SubmitReportInput!, $key: String) {
  submitReport(input: $input, idempotencyKey: $key) { trackingCode }
}`

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

console.log(`Starting the stack on ${process.env.TEST_DATABASE} (fresh database, demo seed)…`)
// One client address sending as fast as it can: not what the gateway's per-address limit is for.
const stack = await startStack({ rateLimitPerIp: 1_000_000_000 })
const totals = { sent: 0, acknowledged: 0 }
try {
  for (const concurrency of LEVELS) {
    const latencies: number[] = []
    let errors = 0
    let next = 0
    const started = performance.now()
    const deadline = started + MAX_SECONDS_PER_LEVEL * 1000
    const worker = async () => {
      while (next < PER_LEVEL && performance.now() < deadline) {
        const n = next++
        totals.sent++
        const t0 = performance.now()
        const input = {
          type: 'ADMIN_FEEDBACK',
          localityCode: '00004',
          content: `Phản ánh thử nghiệm số ${n} ở mức ${concurrency}: ${randomUUID()}`,
          reporter: { name: 'Người thử nghiệm', phone: '0912345678' },
        }
        const response = await stack.graphql(SUBMIT, { input, key: randomUUID() }).catch(() => null)
        if (response?.data?.submitReport?.trackingCode) {
          totals.acknowledged++
          latencies.push(performance.now() - t0)
        } else errors++
        if ((n + 1) % 100 === 0) process.stdout.write(`  concurrency ${concurrency}: ${n + 1}/${PER_LEVEL}\n`)
      }
    }
    await Promise.all(Array.from({ length: concurrency }, worker))
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    console.log(
      `concurrency ${String(concurrency).padStart(3)}: ${(latencies.length / seconds).toFixed(1)} reports/s, ` +
        `p50 ${percentile(latencies, 50).toFixed(1)} ms, p95 ${percentile(latencies, 95).toFixed(1)} ms, ` +
        `p99 ${percentile(latencies, 99).toFixed(1)} ms, errors ${errors}`,
    )
  }
  const stored = (await stack.payload.count({ collection: 'reports' })).totalDocs
  console.log(`sent ${totals.sent}, acknowledged ${totals.acknowledged}, stored ${stored}`)
  if (stored !== totals.acknowledged) {
    console.error('MISMATCH: stored reports differ from acknowledged ones')
    process.exitCode = 1
  }
} finally {
  await stack.stop()
}
