// `npm start -w @caunoi/gateway`: the public GraphQL endpoint as its own process.
import { createLogger, runService } from '@caunoi/platform'
import { readGatewayConfig } from './config.ts'
import { readSupergraphFile } from './readSupergraphFile.ts'
import { startGateway } from './startGateway.ts'

const logger = createLogger('gateway')
await runService(logger, async () => {
  const config = readGatewayConfig()
  const supergraphSdl = readSupergraphFile(config.supergraphPath)
  logger.info({ supergraph: config.supergraphPath }, 'serving supergraph')
  return startGateway({
    port: config.port,
    host: config.host,
    supergraphSdl,
    subgraphUrls: config.subgraphUrls,
    subgraphTimeoutMs: config.subgraphTimeoutMs,
    introspection: config.nodeEnv !== 'production',
    logger,
  })
})
