import { afterEach, describe, expect, it } from '@jest/globals'
import { readSupergraph } from '@caunoi/schema'
import { createGateway } from '../src/createGateway.ts'
import { quietLogger } from './support/testSubgraphs.ts'

const build = () => createGateway({ supergraphSdl: readSupergraph(), logger: quietLogger() })

describe('no calls out of the platform on its own', () => {
  const before = process.env.APOLLO_TELEMETRY_DISABLED
  afterEach(() => {
    if (before === undefined) delete process.env.APOLLO_TELEMETRY_DISABLED
    else process.env.APOLLO_TELEMETRY_DISABLED = before
  })

  it('turns off Apollo Gateway’s usage export and cloud metadata probes unless an operator opts in', () => {
    delete process.env.APOLLO_TELEMETRY_DISABLED
    build()
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('true')

    // An operator's own setting is kept (building with "false" would start the export, so "1" stands in).
    process.env.APOLLO_TELEMETRY_DISABLED = '1'
    build()
    expect(process.env.APOLLO_TELEMETRY_DISABLED).toBe('1')
  })
})
