import { fileURLToPath } from 'node:url'
import { loadEnv, portVar, urlVar, z } from '@caunoi/platform'
import type { SubgraphUrls } from './subgraphs.ts'

/**
 * Where `npm run compose` writes the supergraph: @caunoi/schema's `supergraphPath`, spelled out so
 * that starting the gateway does not load the composition libraries (a test keeps the two equal).
 */
export const DEFAULT_SUPERGRAPH_PATH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url))

/** `SUBGRAPH_CONTENT_URL` overrides the URL of subgraph "content"; one variable per subgraph. */
const SUBGRAPH_URL_VARIABLE = /^SUBGRAPH_([A-Z0-9_]+)_URL$/

// "localhost:4002" parses as a URL with scheme "localhost:"; only http(s) reaches a subgraph.
const subgraphUrlVar = () => urlVar().regex(/^https?:\/\//i, 'must start with http:// or https://')

export type GatewayConfig = {
  port: number
  host: string
  supergraphPath: string
  /** Overrides of the supergraph's subgraph URLs, keyed by subgraph name (lower case). */
  subgraphUrls: SubgraphUrls
  subgraphTimeoutMs: number
  nodeEnv: 'development' | 'test' | 'production'
}

/**
 * Reads the gateway's settings. The port is GATEWAY_PORT only, never a generic PORT: `npm start`
 * runs every service from one environment, where a shared PORT would make them collide.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrlShape = Object.fromEntries(
    Object.keys(env)
      .filter((name) => SUBGRAPH_URL_VARIABLE.test(name))
      .map((name) => [name, subgraphUrlVar()]),
  )
  const settings = loadEnv(
    'gateway',
    {
      GATEWAY_PORT: portVar(4000),
      GATEWAY_HOST: z.string().min(1).default('127.0.0.1'),
      SUPERGRAPH_PATH: z.string().min(1).default(DEFAULT_SUPERGRAPH_PATH),
      SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
      NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
      ...subgraphUrlShape,
    },
    env,
  )
  const subgraphUrls: SubgraphUrls = {}
  for (const name of Object.keys(subgraphUrlShape)) {
    const subgraph = SUBGRAPH_URL_VARIABLE.exec(name)?.[1]
    if (subgraph) subgraphUrls[subgraph.toLowerCase()] = (settings as Record<string, unknown>)[name] as string
  }
  return {
    port: settings.GATEWAY_PORT,
    host: settings.GATEWAY_HOST,
    supergraphPath: settings.SUPERGRAPH_PATH,
    subgraphUrls,
    subgraphTimeoutMs: settings.SUBGRAPH_TIMEOUT_MS,
    nodeEnv: settings.NODE_ENV,
  }
}
