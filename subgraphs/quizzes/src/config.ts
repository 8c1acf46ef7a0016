import { loadEnv, portVar, redisUrlVar, z } from '@caunoi/platform'

/** The quizzes service's settings, checked at start-up. */
export function readQuizzesConfig(env: NodeJS.ProcessEnv = process.env) {
  const settings = loadEnv(
    'subgraph-quizzes',
    {
      QUIZZES_PORT: portVar(4004),
      SUBGRAPH_HOST: z.string().default('127.0.0.1'),
      REDIS_URL: redisUrlVar(),
      QUIZZES_REDIS_PREFIX: z.string().min(1).default('caunoi:'),
    },
    env,
  )
  return {
    port: settings.QUIZZES_PORT,
    host: settings.SUBGRAPH_HOST,
    redisUrl: settings.REDIS_URL,
    redisKeyPrefix: settings.QUIZZES_REDIS_PREFIX,
  }
}
