import { createLogger, loadEnv, portVar, runService, z, type Logger, type RunningServer } from '@caunoi/platform'
import { closeCms, getCms, type Cms } from './getCms.ts'

type StartSubgraph = (options: {
  payload: Cms
  logger: Logger
  port: number
  host: string
  claimsSecret?: string
}) => Promise<RunningServer>

/**
 * The `main` of a subgraph that reads through the Payload Local API: its port from
 * `<NAME>_PORT`, the shared host and claims secret, clean stop of the server and of Payload.
 */
export async function runSubgraphProcess(name: string, defaultPort: number, start: StartSubgraph): Promise<void> {
  const logger = createLogger(`subgraph-${name}`)
  const portVariable = `${name.toUpperCase()}_PORT`
  await runService(logger, async () => {
    const env = loadEnv(`subgraph-${name}`, {
      [portVariable]: portVar(defaultPort),
      SUBGRAPH_HOST: z.string().default('127.0.0.1'),
      // Verifies the caller identity the gateway signs; without it, requests claiming one are refused.
      CLAIMS_SECRET: z.string().min(32).optional(),
    })
    const payload = await getCms()
    const running = await start({
      payload,
      logger,
      port: env[portVariable] as number,
      host: env.SUBGRAPH_HOST as string,
      claimsSecret: env.CLAIMS_SECRET as string | undefined,
    })
    return {
      url: running.url,
      stop: async () => {
        await running.stop()
        await closeCms(payload)
      },
    }
  })
}
