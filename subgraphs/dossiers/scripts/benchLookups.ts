// `npm run bench:dossiers` (root): loads synthetic dossiers (100,000 by default, BENCH_DOSSIERS)
// into a throwaway database, starts the dossiers subgraph and the gateway as their own processes on
// 127.0.0.1, and looks dossiers up with their applicants' phone numbers at increasing concurrency.
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'
import { findRepoRoot } from '@caunoi/platform'
import { startService, stopServices, type Service } from '../../../scripts/lib/processes.ts'
import { loadSyntheticDossiers } from './loadSyntheticDossiers.ts'
import { syntheticCode, syntheticPhone } from './syntheticDossiers.ts'
import { createThrowawayDatabase } from './throwawayDatabase.ts'

const DOSSIERS = Number(process.env.BENCH_DOSSIERS ?? 100_000)
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,8,32,64').split(',').map(Number)
const SECONDS_PER_STEP = Number(process.env.BENCH_SECONDS ?? 10)
const root = findRepoRoot(dirname(fileURLToPath(import.meta.url)))
const tsx = join(root, 'node_modules', '.bin', 'tsx')

const LOOKUP = `query Lookup($code: ID!, $verifier: String!) {
  dossier(code: $code, verifier: $verifier) { code status dueAt overdue timeline { status at note } resultPickup { delivery place availableFrom } }
}`

/** Resolves with the URL a service logs once it is ready (pino JSON: {"msg":"ready","url":...}). */
function readyUrl(service: Service, timeoutMs = 120_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${service.name} not ready in time`)), timeoutMs)
    service.child.stdout?.on('data', (chunk: Buffer) => {
      const url = /"url":"([^"]+)"[^\n]*"msg":"ready"/.exec(chunk.toString())?.[1]
      if (url) {
        clearTimeout(timer)
        resolve(url)
      }
    })
    service.child.once('exit', (code) => reject(new Error(`${service.name} exited (${code}) before it was ready`)))
  })
}

async function step(url: string, connections: number, label = `${String(connections).padStart(3)} concurrent`) {
  let wrong = 0
  const result = await autocannon({
    url,
    connections,
    duration: SECONDS_PER_STEP,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    requests: [
      {
        setupRequest: (request) => {
          const index = Math.floor(Math.random() * DOSSIERS)
          return {
            ...request,
            body: JSON.stringify({
              query: LOOKUP,
              variables: { code: syntheticCode(index), verifier: syntheticPhone(index) },
            }),
          }
        },
        // A lookup counts only if it found its dossier: an empty or failed answer is an error.
        onResponse: (status, body) => {
          if (status !== 200 || !body.includes('"code":"BENCH-') || body.includes('"errors"')) wrong++
        },
      },
    ],
  })
  const ok = result.requests.sent ? result['2xx'] - wrong : 0
  const errors = wrong + result.non2xx + result.errors + result.timeouts
  console.log(
    `  ${label}: ${(ok / SECONDS_PER_STEP).toFixed(0).padStart(6)} lookups/s, ` +
      `p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, errors ${errors}`,
  )
}

const database = await createThrowawayDatabase()
const { databaseUrl, secret } = database
const services: Service[] = []
try {
  console.log(`Loading ${DOSSIERS} dossiers into a throwaway ${database.dialect} database…`)
  const seconds = await loadSyntheticDossiers(databaseUrl, secret, DOSSIERS)
  console.log(`Loaded in ${seconds.toFixed(1)} s (${Math.round(DOSSIERS / seconds)} rows/s)`)

  const env = { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: secret, LOG_LEVEL: 'info' }
  const dossiers = startService(
    'dossiers',
    tsx,
    [join(root, 'subgraphs/dossiers/src/main.ts')],
    {
      cwd: root,
      env: { ...env, DOSSIERS_PORT: '0' },
    },
    0,
  )
  services.push(dossiers)
  const dossiersUrl = await readyUrl(dossiers)
  const gateway = startService(
    'gateway',
    tsx,
    [join(root, 'gateway/src/main.ts')],
    {
      cwd: root,
      env: {
        ...env,
        GATEWAY_PORT: '0',
        SUBGRAPH_DOSSIERS_URL: dossiersUrl,
        NODE_ENV: 'production',
        // One client address sending as fast as it can: not what the per-address limit is for.
        RATE_LIMIT_PER_IP: '1000000000',
      },
    },
    1,
  )
  services.push(gateway)
  const gatewayUrl = await readyUrl(gateway)

  console.log(`Lookups through the gateway (${gatewayUrl}), ${SECONDS_PER_STEP} s per step:`)
  await step(gatewayUrl, 4, 'warm-up (4)') // JIT, connection pools, SQLite page cache
  for (const connections of CONCURRENCY) await step(gatewayUrl, connections)
  // The same lookups without the gateway, to show which side the time goes to.
  const direct = Math.max(...CONCURRENCY)
  await step(dossiersUrl, direct, `${String(direct).padStart(3)} concurrent, dossiers subgraph directly`)
} finally {
  await stopServices(services)
  await database.drop()
}
process.exit(0)
