// Child process of the benchmark: one gateway under test, on a free port of 127.0.0.1.
import { readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { ApolloGateway } from '@apollo/gateway'
import { ApolloServer } from '@apollo/server'
import { startStandaloneServer } from '@apollo/server/standalone'
import { createLogger } from '@caunoi/platform'
import { startGateway } from '@caunoi/gateway'
import { createGatewayRuntime } from '@graphql-hive/gateway'

export type GatewayKind = 'caunoi-cache-off' | 'caunoi-cache-on' | 'apollo-stock' | 'hive'

const [kind, supergraphPath] = process.argv.slice(2) as [GatewayKind, string]
const supergraphSdl = readFileSync(supergraphPath, 'utf8')

async function start(): Promise<string> {
  if (kind === 'caunoi-cache-off' || kind === 'caunoi-cache-on') {
    const logger = createLogger('bench-gateway')
    logger.level = 'warn'
    const running = await startGateway({
      port: 0,
      supergraphSdl,
      logger,
      production: true,
      responseCache: kind === 'caunoi-cache-on',
      // The benchmark is one client address sending as fast as it can: not what the limit is for.
      rateLimit: { perIp: 1_000_000_000 },
    })
    return running.url
  }
  if (kind === 'apollo-stock') {
    // Default settings, as a team would start with.
    const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }) })
    const { url } = await startStandaloneServer(server, { listen: { port: 0, host: '127.0.0.1' } })
    return url
  }
  const runtime = createGatewayRuntime({ supergraph: supergraphSdl, logging: 'error' })
  const server = createServer(runtime)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`
}

process.stdout.write(`READY ${await start()}\n`)
process.on('SIGTERM', () => process.exit(0))
