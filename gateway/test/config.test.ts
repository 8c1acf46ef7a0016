import { describe, expect, it } from '@jest/globals'
import { ConfigError } from '@caunoi/platform'
import { supergraphPath } from '@caunoi/schema'
import { DEFAULT_SUPERGRAPH_PATH, readGatewayConfig } from '../src/index.ts'

describe('readGatewayConfig', () => {
  it('uses the documented defaults when nothing is set', () => {
    expect(readGatewayConfig({})).toEqual({
      port: 4000,
      host: '127.0.0.1',
      supergraphPath: DEFAULT_SUPERGRAPH_PATH,
      subgraphUrls: {},
      subgraphTimeoutMs: 10_000,
      nodeEnv: 'development',
    })
  })

  it('defaults to the supergraph the schema package composes', () => {
    expect(DEFAULT_SUPERGRAPH_PATH).toBe(supergraphPath)
  })

  it('reads one URL override per subgraph from SUBGRAPH_<NAME>_URL', () => {
    const config = readGatewayConfig({
      GATEWAY_PORT: '0',
      SUBGRAPH_CONTENT_URL: 'http://content.internal:4001/graphql',
      SUBGRAPH_PARTNER_EDU_URL: 'https://edu.example.vn/graphql',
    })

    expect(config.port).toBe(0)
    expect(config.subgraphUrls).toEqual({
      content: 'http://content.internal:4001/graphql',
      partner_edu: 'https://edu.example.vn/graphql',
    })
  })

  it('ignores a generic PORT, which other services would share', () => {
    expect(readGatewayConfig({ PORT: '8080' }).port).toBe(4000)
  })

  it('names the variable that holds a malformed URL', () => {
    expect(() => readGatewayConfig({ SUBGRAPH_REPORTS_URL: 'localhost:4002' })).toThrow(ConfigError)
    expect(() => readGatewayConfig({ SUBGRAPH_REPORTS_URL: 'localhost:4002' })).toThrow(/SUBGRAPH_REPORTS_URL/)
  })

  it('names GATEWAY_PORT when it is not a port', () => {
    expect(() => readGatewayConfig({ GATEWAY_PORT: 'bốn nghìn' })).toThrow(/GATEWAY_PORT/)
  })

  it('names NODE_ENV when it is not a known environment', () => {
    expect(() => readGatewayConfig({ NODE_ENV: 'prod' })).toThrow(/NODE_ENV/)
  })
})
