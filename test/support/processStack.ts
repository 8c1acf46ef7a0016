import { randomBytes } from 'node:crypto'
import { DEMO_ADMIN, generatePartnerApiKey } from '@caunoi/cms'
import { createTestCms, type TestCms } from '@caunoi/cms/testing'
import { freePort } from './freePort.ts'
import { startServiceProcess, type ServiceProcess } from './serviceProcess.ts'

export const PROCESS_NAMES = ['cms', 'content', 'reports', 'dossiers', 'quizzes', 'gateway'] as const
export type ProcessName = (typeof PROCESS_NAMES)[number]

const SUBGRAPHS = ['content', 'reports', 'dossiers', 'quizzes'] as const
type SubgraphName = (typeof SUBGRAPHS)[number]

/** The entry `npm start` runs for each service; the CMS REST API stands in for the admin's Next.js routes. */
const ENTRIES: Record<ProcessName, string> = {
  cms: 'test/support/cmsRestMain.ts',
  content: 'subgraphs/content/src/main.ts',
  reports: 'subgraphs/reports/src/main.ts',
  dossiers: 'subgraphs/dossiers/src/main.ts',
  quizzes: 'subgraphs/quizzes/src/main.ts',
  gateway: 'gateway/src/main.ts',
}

/** Variables of a developer's shell that would point the services at something other than this stack. */
const FOREIGN_VARIABLES =
  /^(REDIS_URL|REDIS_PREFIX|GATEWAY_INTERNAL_URL|CACHE_WEBHOOK_SECRET|SUPERGRAPH_URL|.*_PORT|SUBGRAPH_.*_URL)$/

export type ProcessStackOptions = {
  /** Per-address requests per minute at the gateway (a fuzzer is one address sending as fast as it can). */
  rateLimitPerIp?: number
}

/**
 * The platform as separate OS processes, started from their own entries and environment as
 * `npm start` does: the gateway, every subgraph and the CMS REST API, on free ports against a
 * fresh database (TEST_DATABASE picks SQLite or PostgreSQL). A request that kills one is seen
 * as an exited process, not as a failed test process.
 */
export async function startProcessStack(options: ProcessStackOptions = {}) {
  const cms: TestCms = await createTestCms()
  const partnerApiKey = generatePartnerApiKey()
  const { docs: units } = await cms.payload.find({ collection: 'units', limit: 2, depth: 0, pagination: false })
  await cms.payload.create({
    collection: 'partnerSystems',
    data: {
      name: 'Hệ thống một cửa (kiểm thử ngẫu nhiên)',
      units: units.map((unit) => unit.id),
      apiKey: partnerApiKey,
    },
  })

  const ports = Object.fromEntries(
    await Promise.all([...SUBGRAPHS, 'gateway' as const].map(async (name) => [name, await freePort()] as const)),
  ) as Record<SubgraphName | 'gateway', number>
  const baseEnv: Record<string, string | undefined> = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !FOREIGN_VARIABLES.test(name)),
  )
  const env: Record<string, string | undefined> = {
    ...baseEnv,
    DATABASE_URL: cms.databaseUrl,
    PAYLOAD_SECRET: cms.payload.config.secret,
    UPLOADS_DIR: cms.uploadsDir,
    MEDIA_DIR: cms.mediaDir,
    CLAIMS_SECRET: randomBytes(24).toString('hex'),
    PLATFORM_TOKEN_SECRET: randomBytes(24).toString('hex'),
    ...Object.fromEntries(SUBGRAPHS.map((name) => [`${name.toUpperCase()}_PORT`, String(ports[name])])),
    ...Object.fromEntries(
      SUBGRAPHS.map((name) => [`SUBGRAPH_${name.toUpperCase()}_URL`, `http://127.0.0.1:${ports[name]}/graphql`]),
    ),
    GATEWAY_PORT: String(ports.gateway),
    SUPERGRAPH_RELOAD: 'false',
    RATE_LIMIT_PER_IP: String(options.rateLimitPerIp ?? 600),
    RATE_LIMIT_PER_USER: String(options.rateLimitPerIp ?? 300),
  }

  const processes = {} as Record<ProcessName, ServiceProcess>
  const start = async (name: ProcessName) => {
    // Generous: six processes boot Payload at once on a shared 2-core machine.
    processes[name] = await startServiceProcess(ENTRIES[name], env as NodeJS.ProcessEnv, 300_000)
    return processes[name]
  }
  const stopAll = async () => {
    for (const name of [...PROCESS_NAMES].reverse()) await processes[name]?.stop()
    await cms.destroy()
  }
  try {
    // The CMS REST server binds port 0: its URL is read back for the gateway's session checks.
    const cmsRest = await start('cms')
    env.CMS_INTERNAL_URL = cmsRest.url
    // Settled, not raced: a subgraph still booting when another fails would outlive the failure.
    const failed = (await Promise.allSettled(SUBGRAPHS.map(start))).find((s) => s.status === 'rejected')
    if (failed) throw failed.reason
    await start('gateway')
  } catch (error) {
    // Whatever did start must not outlive a failed start (nor keep the test runner alive).
    await stopAll()
    throw error
  }
  const gatewayBase = processes.gateway.url.replace(/\/graphql$/, '')

  return {
    payload: cms.payload,
    partnerApiKey,
    admin: { email: DEMO_ADMIN.email, password: DEMO_ADMIN.password },
    processes,
    gatewayBase,
    gatewayUrl: `${gatewayBase}/graphql`,
    cmsUrl: () => processes.cms.url,
    subgraphBase: (name: SubgraphName) => `http://127.0.0.1:${ports[name]}`,
    /** Processes that have exited, with how they ended. */
    exited() {
      return PROCESS_NAMES.flatMap((name) => {
        const how = processes[name]?.exited()
        return how ? [{ name, ...how }] : []
      })
    },
    /** Starts an exited process again on its port, so a run can go on after a crash it recorded. */
    restart: (name: ProcessName) => start(name),
    /** GET /health of the gateway (every subgraph answers) and a trivial read of the CMS REST API. */
    async health() {
      const gateway = await fetch(`${gatewayBase}/health`).then(
        async (response) => ({ status: response.status, body: await response.text() }),
        (error: unknown) => ({ status: 0, body: String(error) }),
      )
      const cmsStatus = await fetch(`${processes.cms.url}/api/localities?limit=1&depth=0`).then(
        (response) => response.status,
        () => 0,
      )
      return { ok: gateway.status === 200 && cmsStatus === 200, gateway, cms: cmsStatus }
    },
    stop: stopAll,
  }
}

export type ProcessStack = Awaited<ReturnType<typeof startProcessStack>>
