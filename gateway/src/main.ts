import { ConfigError, createLogger } from '@caunoi/platform'
import { readGatewayConfig } from './config.ts'
import { readSupergraphFile } from './readSupergraphFile.ts'
import { startGateway } from './startGateway.ts'

const logger = createLogger('gateway')

async function main(): Promise<void> {
  const config = readGatewayConfig()
  const supergraphSdl = readSupergraphFile(config.supergraphPath)
  const server = await startGateway({
    port: config.port,
    host: config.host,
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    introspection: config.nodeEnv !== 'production',
    logger,
  })
  logger.info({ url: server.url, supergraph: config.supergraphPath }, `gateway ready at ${server.url}`)

  let stopping = false
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'gateway stopping')
    try {
      await server.stop()
      process.exit(0)
    } catch (error) {
      logger.error({ err: error }, 'gateway did not stop cleanly')
      process.exit(1)
    }
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  // A configuration mistake is the operator's to fix: show the message, not a stack trace.
  if (error instanceof ConfigError) {
    console.error(error.message)
  } else {
    logger.fatal({ err: error }, 'gateway failed to start')
  }
  process.exit(1)
})
