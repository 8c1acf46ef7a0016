// `npm start`: builds what is needed, prepares and seeds the database, then runs the admin,
// the subgraphs and the gateway until Ctrl-C. Every port and the database come from the environment.
import { join } from 'node:path'
import { DEMO_ADMIN, defaultDatabaseUrl, developmentReportsKey } from '@caunoi/cms'
import { findRepoRoot, loadEnv, portVar, SUPERVISOR_STATUS_URL, z } from '@caunoi/platform'
import { localSecret } from './lib/localSecret.ts'
import { runStep, startService } from './lib/processes.ts'
import { serveStatus } from './lib/statusServer.ts'
import { createSupervisor, type SupervisedService } from './lib/supervise.ts'
import { answersGraphQL, answersHttp, waitFor } from './lib/waitFor.ts'

const root = findRepoRoot()
const settings = loadEnv('npm start', {
  CMS_PORT: portVar(3000),
  GATEWAY_PORT: portVar(4000),
  // The gateway's Prometheus listener, loopback only (never the public port).
  METRICS_PORT: portVar(9464),
  CONTENT_PORT: portVar(4001),
  REPORTS_PORT: portVar(4002),
  QUIZZES_PORT: portVar(4004),
  DOSSIERS_PORT: portVar(4003),
  DATABASE_URL: z.string().optional(),
  PAYLOAD_SECRET: z.string().min(32).optional(),
  SKIP_BUILD: z.enum(['true', 'false']).default('false'),
})
const databaseUrl = settings.DATABASE_URL ?? defaultDatabaseUrl()
const payloadSecret = settings.PAYLOAD_SECRET ?? localSecret(join(root, '.data', 'payload-secret'))
// See .npmrc: every service process must resolve Lexical's plain ESM build.
const nodeOptions = [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' ')
const env: NodeJS.ProcessEnv = {
  ...process.env,
  NODE_OPTIONS: [...new Set(nodeOptions.split(' '))].join(' '),
  DATABASE_URL: databaseUrl,
  // The admin of a police platform calls no third party, Next's usage telemetry included.
  NEXT_TELEMETRY_DISABLED: '1',
  PAYLOAD_SECRET: payloadSecret,
  // `next start` runs the admin in production mode, where these keys are required: the ones every
  // other process of a local run falls back to, so they all read the same encrypted data.
  DOSSIER_ENCRYPTION_KEY: process.env.DOSSIER_ENCRYPTION_KEY ?? payloadSecret,
  REPORTS_ENCRYPTION_KEY: process.env.REPORTS_ENCRYPTION_KEY ?? developmentReportsKey(payloadSecret).toString('hex'),
  CMS_PORT: String(settings.CMS_PORT),
  CONTENT_PORT: String(settings.CONTENT_PORT),
  REPORTS_PORT: String(settings.REPORTS_PORT),
  QUIZZES_PORT: String(settings.QUIZZES_PORT),
  GATEWAY_PORT: String(settings.GATEWAY_PORT),
  METRICS_PORT: String(settings.METRICS_PORT),
  SUBGRAPH_CONTENT_URL: `http://127.0.0.1:${settings.CONTENT_PORT}/graphql`,
  SUBGRAPH_REPORTS_URL: `http://127.0.0.1:${settings.REPORTS_PORT}/graphql`,
  SUBGRAPH_QUIZZES_URL: `http://127.0.0.1:${settings.QUIZZES_PORT}/graphql`,
  DOSSIERS_PORT: String(settings.DOSSIERS_PORT),
  SUBGRAPH_DOSSIERS_URL: `http://127.0.0.1:${settings.DOSSIERS_PORT}/graphql`,
  // Shared between the gateway and the services it vouches to, generated once per checkout like PAYLOAD_SECRET.
  CLAIMS_SECRET: process.env.CLAIMS_SECRET ?? localSecret(join(root, '.data', 'claims-secret')),
  PLATFORM_TOKEN_SECRET: process.env.PLATFORM_TOKEN_SECRET ?? localSecret(join(root, '.data', 'platform-token-secret')),
  CACHE_WEBHOOK_SECRET: process.env.CACHE_WEBHOOK_SECRET ?? localSecret(join(root, '.data', 'cache-webhook-secret')),
  // Where the gateway checks that a staff token's session is still open (logout revokes it).
  CMS_INTERNAL_URL: `http://127.0.0.1:${settings.CMS_PORT}`,
  // Where the CMS announces published changes when there is no REDIS_URL.
  GATEWAY_INTERNAL_URL: `http://127.0.0.1:${settings.GATEWAY_PORT}`,
}
// TypeScript entry points run in one node process with tsx as a loader, not under the tsx CLI: the CLI
// relays Ctrl-C to its child and SIGKILLs it if the child does not acknowledge within 60 ms, which a
// busy machine misses, so the script died before stopping its services and left them running.
const node = process.execPath
const typescript = (entry: string) => ['--import', 'tsx', join(root, entry)]
// A crashed service is restarted alone (scripts/lib/supervise.ts); the gateway's /health reads the
// supervisor's view of each service from a loopback-only status endpoint.
const supervisor = createSupervisor()
const status = await serveStatus(supervisor.statuses)
env[SUPERVISOR_STATUS_URL] = status.url
let stopping = false
let started = 0

async function shutdown(code: number) {
  if (stopping) return
  stopping = true
  console.log('\nStopping all services…')
  await supervisor.stop()
  await status.close()
  console.log('Stopped.')
  process.exit(code)
}
process.on('SIGINT', () => void shutdown(0))
process.on('SIGTERM', () => void shutdown(0))

function start(
  name: string,
  command: string,
  args: string[],
  ready?: () => Promise<boolean>,
  cwd = root,
  extraEnv: Record<string, string> = {},
): SupervisedService {
  const color = started++
  return supervisor.start({
    name,
    launch: () => startService(name, command, args, { cwd, env: { ...env, ...extraEnv } }, color).child,
    ready,
  })
}

/** Waits until the supervisor has seen the service serve; a restart meanwhile only makes it wait longer. */
const serving = (what: string, service: SupervisedService, timeoutMs = 120_000) =>
  waitFor(
    what,
    async () => service.status().state === 'up',
    timeoutMs,
    () => service.status().state !== 'failed' && service.status().state !== 'stopped',
  )

try {
  if (settings.SKIP_BUILD === 'true') console.log('[1/4] Build skipped (SKIP_BUILD=true)')
  else {
    console.log('[1/4] Building (cached after the first run)…')
    await runStep(join(root, 'node_modules', '.bin', 'turbo'), ['run', 'build', '--output-logs=new-only'], {
      cwd: root,
      env,
    })
  }

  console.log('[2/4] Preparing the database…')
  // No gateway runs yet to hear of the demo content's publication (it starts with an empty cache).
  await runStep(node, typescript('cms/src/scripts/setupDatabase.ts'), {
    cwd: root,
    env: { ...env, GATEWAY_INTERNAL_URL: undefined },
  })

  console.log('[3/4] Starting the subgraphs and the admin…')
  const subgraph = (name: string, url: string) =>
    start(name, node, typescript(`subgraphs/${name}/src/main.ts`), () => answersGraphQL(url))
  const content = subgraph('content', env.SUBGRAPH_CONTENT_URL!)
  const reports = subgraph('reports', env.SUBGRAPH_REPORTS_URL!)
  const quizzes = subgraph('quizzes', env.SUBGRAPH_QUIZZES_URL!)
  const dossiers = subgraph('dossiers', env.SUBGRAPH_DOSSIERS_URL!)
  // Delivers report status events (log, webhook setting) from the outbox, with retries.
  start('outbox', node, typescript('subgraphs/reports/src/outboxMain.ts'))
  const cms = start(
    'cms',
    join(root, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(settings.CMS_PORT), '-H', '127.0.0.1'],
    () => answersHttp(`http://127.0.0.1:${settings.CMS_PORT}/admin`, [200]),
    join(root, 'cms'),
    // The admin process runs scheduled publishing jobs; the subgraphs only read.
    { CMS_RUN_JOBS: 'true' },
  )
  await serving('content subgraph', content)
  await serving('reports subgraph', reports)
  await serving('quizzes subgraph', quizzes)
  await serving('dossiers subgraph', dossiers)

  console.log('[4/4] Starting the gateway…')
  const gatewayBase = `http://127.0.0.1:${settings.GATEWAY_PORT}`
  const gateway = start('gateway', node, typescript('gateway/src/main.ts'), () => answersHttp(`${gatewayBase}/ready`))
  await serving('gateway', gateway)
  await waitFor('gateway', () => answersHttp(`${gatewayBase}/health`), 120_000)
  await serving('admin', cms, 180_000)

  console.log(`
Cầu Nối is running.
  GraphQL gateway   ${gatewayBase}/graphql
  Gateway health    ${gatewayBase}/health
  Gateway metrics   http://127.0.0.1:${settings.METRICS_PORT}/metrics (this machine only)
  Admin (Payload)   http://localhost:${settings.CMS_PORT}/admin
  Demo login        ${DEMO_ADMIN.email} / ${DEMO_ADMIN.password}
  Database          ${databaseUrl.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@')}
Press Ctrl-C to stop.
`)
} catch (error) {
  console.error(`\nStart failed: ${error instanceof Error ? error.message : String(error)}`)
  await shutdown(1)
}
