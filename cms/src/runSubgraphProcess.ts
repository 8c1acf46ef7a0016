import {
  createLogger,
  loadEnv,
  portVar,
  redisUrlVar,
  runService,
  z,
  type LimiterStore,
  type Logger,
  type RunningServer,
} from '@caunoi/platform'
import { Redis } from 'ioredis'
import { closeCms, getCms, type Cms } from './getCms.ts'

type StartSubgraph = (options: {
  payload: Cms
  logger: Logger
  port: number
  host: string
  claimsSecret?: string
  limiterStore?: LimiterStore
}) => Promise<RunningServer>

type SubgraphProcessOptions = {
  /** The subgraph counts attempts (wrong verifiers): with REDIS_URL, every instance shares the counts. */
  sharedCounters?: boolean
}

/**
 * The `main` of a subgraph that reads through the Payload Local API: its port from
 * `<NAME>_PORT`, the shared host and claims secret, Redis for shared counters when REDIS_URL is
 * set, clean stop of the server, of Redis and of Payload.
 */
export async function runSubgraphProcess(
  name: string,
  defaultPort: number,
  start: StartSubgraph,
  { sharedCounters = false }: SubgraphProcessOptions = {},
): Promise<void> {
  const logger = createLogger(`subgraph-${name}`)
  const portVariable = `${name.toUpperCase()}_PORT`
  await runService(logger, async () => {
    const env = loadEnv(`subgraph-${name}`, {
      [portVariable]: portVar(defaultPort),
      SUBGRAPH_HOST: z.string().default('127.0.0.1'),
      // Verifies the claims (client address, identity) the gateway signs for this subgraph; without it they are refused.
      CLAIMS_SECRET: z.string().min(32).optional(),
      REDIS_URL: redisUrlVar(),
      REDIS_PREFIX: z.string().min(1).default('caunoi'),
    })
    const redisUrl = sharedCounters ? (env.REDIS_URL as string | undefined) : undefined
    const redis = redisUrl ? new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2 }) : undefined
    // Without a listener ioredis prints every reconnection failure as an unhandled error.
    redis?.on('error', (error) => logger.warn({ err: error }, 'redis connection error'))
    await redis?.connect()
    if (sharedCounters) logger.info({ counters: redis ? 'redis' : 'memory' }, 'attempt counters')
    const payload = await getCms()
    const running = await start({
      payload,
      logger,
      port: env[portVariable] as number,
      host: env.SUBGRAPH_HOST as string,
      claimsSecret: env.CLAIMS_SECRET as string | undefined,
      limiterStore: redis ? { redis, keyPrefix: `${env.REDIS_PREFIX as string}:${name}` } : undefined,
    })
    return {
      url: running.url,
      stop: async () => {
        await running.stop()
        await redis?.quit()
        await closeCms(payload)
      },
    }
  })
}
