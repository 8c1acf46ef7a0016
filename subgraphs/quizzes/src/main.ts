// `npm start -w @caunoi/subgraph-quizzes`: the quizzes subgraph as its own process.
import { closeCms, getCms } from '@caunoi/cms'
import { createLogger, loadEnv, runService, z } from '@caunoi/platform'
import { Redis } from 'ioredis'
import { readQuizzesConfig } from './config.ts'
import { startQuizzesSubgraph } from './server.ts'

const logger = createLogger('subgraph-quizzes')
await runService(logger, async () => {
  const config = readQuizzesConfig()
  // Verifies the claims (client address, identity) the gateway signs for this subgraph; without it they are refused.
  const { CLAIMS_SECRET } = loadEnv('subgraph-quizzes', { CLAIMS_SECRET: z.string().min(32).optional() })
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true }) : undefined
  // Without a listener ioredis prints every reconnection failure as an unhandled error.
  redis?.on('error', (error) => logger.warn({ err: error }, 'redis connection error'))
  await redis?.connect()
  logger.info({ leaderboards: redis ? 'redis' : 'database' }, 'leaderboard store')
  const payload = await getCms()
  const running = await startQuizzesSubgraph({
    payload,
    logger,
    redis,
    redisKeyPrefix: config.redisKeyPrefix,
    port: config.port,
    host: config.host,
    claimsSecret: CLAIMS_SECRET,
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
